package org.meetlinks.testkit;

import java.net.http.HttpRequest;

/**
 * The provider simulator's control API ({@code /__sim}) over HTTP: faults, consent, settings, the meetings it made and
 * what an account owner does in the provider's own UI. Bodies are JSON text; callers read them with their own parser.
 */
public final class SimulatorControl {
    private final String base;

    /** A client of the simulator at {@code simulatorUrl} (e.g. http://localhost:18089). */
    public SimulatorControl(String simulatorUrl) {
        this.base = simulatorUrl;
    }

    /** POSTs JSON to {@code /__sim<path>}; answers the body; anything but a 2xx is an error. */
    public String post(String path, String json) {
        return TestHttp.successBody(TestHttp.send(TestHttp.withJson("POST", base + "/__sim" + path, json)));
    }

    /** GETs {@code /__sim<pathAndQuery>}; answers the body; anything but a 2xx is an error. */
    public String get(String pathAndQuery) {
        return TestHttp.successBody(
                TestHttp.send(TestHttp.to(base + "/__sim" + pathAndQuery).GET()));
    }

    /** Lifts every fault set on one provider ({@code google} or {@code zoom}). */
    public void clearFaults(String provider) {
        TestHttp.successBody(TestHttp.send(
                TestHttp.to(base + "/__sim/faults?provider=" + provider).DELETE()));
    }

    /** Lifts every fault set on either provider. */
    public void clearAllFaults() {
        TestHttp.successBody(TestHttp.send(TestHttp.to(base + "/__sim/faults").DELETE()));
    }

    /** Consent pages approve at once, for the account with this email. */
    public void autoApprove(String accountEmail) {
        post("/consent", "{\"autoApprove\":true,\"accountEmail\":" + jsonString(accountEmail) + "}");
    }

    /** The account owner deletes a meeting in the provider's own UI. */
    public String deleteAsOwner(String meetingId) {
        return TestHttp.successBody(TestHttp.send(TestHttp.to(base + "/__sim/meetings/" + meetingId)
                .method("DELETE", HttpRequest.BodyPublishers.noBody())));
    }

    /** The account owner changes a meeting in the provider's own UI ({@code changes} in the provider's JSON). */
    public String patchAsOwner(String meetingId, String changes) {
        return TestHttp.successBody(
                TestHttp.send(TestHttp.withJson("PATCH", base + "/__sim/meetings/" + meetingId, changes)));
    }

    private static String jsonString(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
