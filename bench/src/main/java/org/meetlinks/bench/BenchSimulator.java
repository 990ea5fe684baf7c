package org.meetlinks.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.meetlinks.testkit.SimulatorControl;

/** The benchmark's settings and readings of the provider simulator: latency, faults, request checks, records. */
final class BenchSimulator {
    /** Simulated timeouts answer this late: past the service's 5 s read timeout, short enough not to pile up. */
    private static final int TIMEOUT_MS = 6000;

    private final SimulatorControl control;

    BenchSimulator(String simulatorUrl) {
        this.control = new SimulatorControl(simulatorUrl);
    }

    /** Sets latency and random faults on both providers' meeting APIs, and lifts Zoom's daily create limit. */
    void configure(int latencyMs, Scenario.ProviderFaults faults) {
        for (String provider : List.of("google", "zoom")) {
            var body = Json.createObjectBuilder()
                    .add("provider", provider)
                    .add("latencyMs", latencyMs)
                    .add("serverErrorStatus", 503)
                    .add("serverErrorRate", faults.serverErrorRate())
                    .add("timeoutRate", faults.timeoutRate())
                    .add("timeoutMs", TIMEOUT_MS)
                    .add("rateLimitRate", faults.rateLimitRate())
                    .add("retryAfterSeconds", 1);
            if (provider.equals("zoom")) {
                body.add("dailyLimit", 1_000_000);
            }
            control.post("/faults", body.build().toString());
        }
    }

    /**
     * Whether the simulator checks each API request against the providers' OpenAPI files. The integration tests
     * keep it on; the benchmark turns it off: the checking is the simulator's CPU, not the service's, and would
     * compete with the service for the same cores.
     */
    void validateRequests(boolean validate) {
        for (String provider : List.of("google", "zoom")) {
            control.post(
                    "/config",
                    Json.createObjectBuilder()
                            .add("provider", provider)
                            .add("validateRequests", validate)
                            .build()
                            .toString());
        }
    }

    /** Every API call of both providers hangs past the service's timeouts (and still takes effect, the hard case). */
    void hangEveryCall(int latencyMs) {
        configure(latencyMs, new Scenario.ProviderFaults(0, 1.0, 0));
    }

    void clearFaults() {
        configure(0, Scenario.ProviderFaults.NONE);
    }

    void autoApprove(String accountEmail) {
        control.autoApprove(accountEmail);
    }

    /** Every meeting the simulator made, deleted ones included. */
    List<JsonObject> meetings() {
        return Http.parse(control.get("/meetings?includeDeleted=true"))
                .getJsonArray("meetings")
                .getValuesAs(JsonValue::asJsonObject);
    }

    /** Counters per provider.operation.status, e.g. "zoom.create.201". */
    JsonObject stats() {
        return Http.parse(control.get("/stats"));
    }

    int rejectedRequests() {
        return Http.parse(control.get("/requests/rejected")).getInt("count");
    }
}
