package org.meetlinks.it;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/** The provider simulator's control API (faults, grants, recorded meetings). */
final class Simulator {
    static final String BASE = System.getProperty("it.simulatorUrl", "http://localhost:18089");

    private Simulator() {}

    static JsonObject control(String path, String json) {
        HttpResponse<String> response = Api.postAbsolute(BASE + "/__sim" + path, json);
        if (response.statusCode() != 200) {
            throw new AssertionError(
                    "simulator control " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Api.json(response);
    }

    static JsonObject get(String pathAndQuery) {
        return Api.json(Api.getAbsolute(BASE + "/__sim" + pathAndQuery));
    }

    /** Meetings the simulator ever made for an account (deleted ones included: a duplicate is a duplicate). */
    static int meetingCount(String provider, String account) {
        return get("/meetings?provider=" + provider + "&account=" + account).getInt("count");
    }

    static void clearFaults(String provider) {
        Api.deleteAbsolute(BASE + "/__sim/faults?provider=" + provider);
    }
}
