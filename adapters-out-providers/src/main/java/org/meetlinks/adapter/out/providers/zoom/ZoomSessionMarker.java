package org.meetlinks.adapter.out.providers.zoom;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.meetlinks.domain.SessionId;

/** The text {@code meetlinks-session:<sessionId>} each meeting's agenda carries, written and read back. */
final class ZoomSessionMarker {
    static final String PREFIX = "meetlinks-session:";
    /** A marker ends where the session id's characters ({@link SessionId}'s shape) end, e.g. at the closing ")". */
    private static final Pattern MARKER = Pattern.compile(Pattern.quote(PREFIX) + "([A-Za-z0-9._:-]+)");

    private ZoomSessionMarker() {
    }

    static String of(SessionId sessionId) {
        return PREFIX + sessionId.value();
    }

    /** The agenda a new meeting gets; the marker stays far inside the 250 characters List meetings shows. */
    static String agenda(SessionId sessionId) {
        return "Mentoring session (" + of(sessionId) + ")";
    }

    /** The session ids marked in an agenda; none for a null or unmarked agenda. */
    static List<String> sessionsIn(String agenda) {
        List<String> sessions = new ArrayList<>();
        if (agenda != null) {
            Matcher m = MARKER.matcher(agenda);
            while (m.find()) {
                sessions.add(m.group(1));
            }
        }
        return sessions;
    }
}
