package org.meetlinks.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import org.meetlinks.testkit.SimulatorControl;

/** The provider simulator's control API (faults, grants, recorded meetings), its answers read as JSON. */
final class Simulator {
    static final String BASE = System.getProperty("it.simulatorUrl", "http://localhost:18089");
    static final SimulatorControl CONTROL = new SimulatorControl(BASE);

    private Simulator() {}

    static JsonObject control(String path, String json) {
        return parse(CONTROL.post(path, json));
    }

    static JsonObject get(String pathAndQuery) {
        return parse(CONTROL.get(pathAndQuery));
    }

    /** Meetings the simulator ever made for an account (deleted ones included: a duplicate is a duplicate). */
    static int meetingCount(String provider, String account) {
        return get("/meetings?provider=" + provider + "&account=" + account).getInt("count");
    }

    static void clearFaults(String provider) {
        CONTROL.clearFaults(provider);
    }

    /** The account owner deletes a meeting in Zoom or Google Calendar. */
    static JsonObject deleteAsOwner(String meetingId) {
        return parse(CONTROL.deleteAsOwner(meetingId));
    }

    /** The account owner changes a meeting in Zoom or Google Calendar. */
    static JsonObject patchAsOwner(String meetingId, String changes) {
        return parse(CONTROL.patchAsOwner(meetingId, changes));
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
