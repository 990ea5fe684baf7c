package org.meetlinks.simulator.zoom;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.meetlinks.simulator.http.Json;

/** The settings a new Zoom meeting gets: Zoom's defaults, overridden by those the create request sends. */
final class ZoomMeetingSettings {
    private ZoomMeetingSettings() {}

    /** Zoom's defaults with {@code given} (null when the request sends none) merged over them. */
    static ObjectNode forCreate(ObjectNode given) {
        ObjectNode settings = defaults();
        if (given != null) {
            settings.setAll(given.deepCopy());
        }
        return settings;
    }

    private static ObjectNode defaults() {
        ObjectNode s = Json.object();
        s.put("host_video", false);
        s.put("participant_video", false);
        s.put("join_before_host", false);
        s.put("jbh_time", 0);
        s.put("mute_upon_entry", false);
        s.put("waiting_room", false);
        s.put("approval_type", 2);
        s.put("audio", "voip");
        s.put("auto_recording", "none");
        s.put("meeting_authentication", false);
        s.put("email_notification", true);
        return s;
    }
}
