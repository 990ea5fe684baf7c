package org.meetlinks.simulator.faults;

import static org.meetlinks.simulator.faults.FaultFields.bool;
import static org.meetlinks.simulator.faults.FaultFields.count;
import static org.meetlinks.simulator.faults.FaultFields.googleOnly;
import static org.meetlinks.simulator.faults.FaultFields.nonNegativeLong;
import static org.meetlinks.simulator.faults.FaultFields.range;
import static org.meetlinks.simulator.faults.FaultFields.rate;
import static org.meetlinks.simulator.faults.FaultFields.zoomOnly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Set;
import org.meetlinks.simulator.Provider;
import org.meetlinks.simulator.http.Json;

/**
 * Fault configuration of one provider, as posted to /__sim/faults.
 *
 * @param latencyMs              extra delay on every targeted call
 * @param serverErrorStatus      status of injected server errors (500-599, default 503)
 * @param serverErrorCount       the next N targeted calls answer a server error
 * @param serverErrorRate        fraction (0..1) of targeted calls that answer a server error
 * @param rateLimitCount         the next N targeted calls answer 429
 * @param rateLimitRate          fraction of targeted calls that answer 429
 * @param rateLimit403Count      Google only: the next N calls answer 403 usageLimits/rateLimitExceeded
 * @param rateLimit403Rate       Google only: fraction of calls answering that 403
 * @param timeoutCount           the next N targeted calls answer only after timeoutMs
 * @param timeoutRate            fraction of targeted calls that time out
 * @param timeoutMs              delay of a timed-out call (default 120000, longer than any client timeout)
 * @param timeoutExecutes        whether a timed-out call still takes effect (default true)
 * @param retryAfterSeconds      Zoom: Retry-After of injected 429s lies this far ahead (default 1)
 * @param pendingReads           Google only: new events start "pending" and the N-th read returns "success"
 * @param conferenceFailureCount Google only: the next N events get conference status "failure"
 * @param dailyLimit             Zoom only: meeting create/update requests per user per UTC day (default 100)
 * @param operations             operations the count/rate/latency faults target (default: all API calls)
 * @param accounts               accounts (e-mails) whose API calls the faults target (default: empty = every account;
 *                               with accounts given, calls without one, such as the token endpoint's, are spared)
 */
public record FaultSettings(
        long latencyMs,
        int serverErrorStatus,
        int serverErrorCount,
        double serverErrorRate,
        int rateLimitCount,
        double rateLimitRate,
        int rateLimit403Count,
        double rateLimit403Rate,
        int timeoutCount,
        double timeoutRate,
        long timeoutMs,
        boolean timeoutExecutes,
        long retryAfterSeconds,
        int pendingReads,
        int conferenceFailureCount,
        int dailyLimit,
        Set<String> operations,
        Set<String> accounts) {

    /** Zoom's documented per-user daily limit of meeting create/update requests. */
    public static final int ZOOM_DAILY_LIMIT = 100;

    /** Copies the operation set defensively. */
    public FaultSettings {
        operations = Set.copyOf(operations);
        accounts = Set.copyOf(accounts);
    }

    /** Whether the faults target a call of {@code operation} made for {@code account} (empty: no account known). */
    public boolean targets(String operation, java.util.Optional<String> account) {
        return operations.contains(operation)
                && (accounts.isEmpty() || account.map(accounts::contains).orElse(false));
    }

    /** No faults at all. */
    public static FaultSettings none() {
        return new FaultSettings(
                0,
                503,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                120_000,
                true,
                1,
                0,
                0,
                ZOOM_DAILY_LIMIT,
                Operation.API_OPERATIONS,
                Set.of());
    }

    /** Parses a control-API body strictly: unknown fields and out-of-range values are errors. */
    public static FaultSettings fromJson(Provider provider, JsonNode body) {
        FaultSettings d = none();
        long latencyMs = d.latencyMs;
        int serverErrorStatus = d.serverErrorStatus;
        int serverErrorCount = 0;
        double serverErrorRate = 0;
        int rateLimitCount = 0;
        double rateLimitRate = 0;
        int rateLimit403Count = 0;
        double rateLimit403Rate = 0;
        int timeoutCount = 0;
        double timeoutRate = 0;
        long timeoutMs = d.timeoutMs;
        boolean timeoutExecutes = d.timeoutExecutes;
        long retryAfterSeconds = d.retryAfterSeconds;
        int pendingReads = 0;
        int conferenceFailureCount = 0;
        int dailyLimit = d.dailyLimit;
        Set<String> operations = d.operations;
        Set<String> accounts = d.accounts;
        Iterator<String> names = body.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            JsonNode v = body.get(name);
            switch (name) {
                case "provider" -> {}
                case "latencyMs" -> latencyMs = nonNegativeLong(name, v);
                case "serverErrorStatus" -> serverErrorStatus = range(name, v, 500, 599);
                case "serverErrorCount" -> serverErrorCount = count(name, v);
                case "serverErrorRate" -> serverErrorRate = rate(name, v);
                case "rateLimitCount" -> rateLimitCount = count(name, v);
                case "rateLimitRate" -> rateLimitRate = rate(name, v);
                case "rateLimit403Count" -> rateLimit403Count = googleOnly(provider, name, count(name, v));
                case "rateLimit403Rate" -> rateLimit403Rate = googleOnly(provider, name, rate(name, v));
                case "timeoutCount" -> timeoutCount = count(name, v);
                case "timeoutRate" -> timeoutRate = rate(name, v);
                case "timeoutMs" -> timeoutMs = nonNegativeLong(name, v);
                case "timeoutExecutes" -> timeoutExecutes = bool(name, v);
                case "retryAfterSeconds" -> retryAfterSeconds = nonNegativeLong(name, v);
                case "pendingReads" -> pendingReads = googleOnly(provider, name, count(name, v));
                case "conferenceFailureCount" -> conferenceFailureCount = googleOnly(provider, name, count(name, v));
                case "dailyLimit" -> dailyLimit = zoomOnly(provider, name, count(name, v));
                case "operations" -> operations = FaultFields.operations(v);
                case "accounts" -> accounts = FaultFields.accounts(v);
                default -> throw new IllegalArgumentException("unknown fault field '" + name + "'");
            }
        }
        return new FaultSettings(
                latencyMs,
                serverErrorStatus,
                serverErrorCount,
                serverErrorRate,
                rateLimitCount,
                rateLimitRate,
                rateLimit403Count,
                rateLimit403Rate,
                timeoutCount,
                timeoutRate,
                timeoutMs,
                timeoutExecutes,
                retryAfterSeconds,
                pendingReads,
                conferenceFailureCount,
                dailyLimit,
                operations,
                accounts);
    }

    /** The settings as JSON (the remaining counts are reported separately by the injector). */
    public ObjectNode toJson() {
        ObjectNode n = Json.object();
        n.put("latencyMs", latencyMs);
        n.put("serverErrorStatus", serverErrorStatus);
        n.put("serverErrorRate", serverErrorRate);
        n.put("rateLimitRate", rateLimitRate);
        n.put("rateLimit403Rate", rateLimit403Rate);
        n.put("timeoutRate", timeoutRate);
        n.put("timeoutMs", timeoutMs);
        n.put("timeoutExecutes", timeoutExecutes);
        n.put("retryAfterSeconds", retryAfterSeconds);
        n.put("pendingReads", pendingReads);
        n.put("dailyLimit", dailyLimit);
        operations.stream().sorted().forEach(n.putArray("operations")::add);
        accounts.stream().sorted().forEach(n.putArray("accounts")::add);
        return n;
    }
}
