package org.meetlinks.simulator.faults;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Decides, thread-safely, which fault (if any) hits a call of one provider. */
public final class FaultInjector {

    private volatile FaultSettings settings = FaultSettings.none();
    private final AtomicInteger serverErrorsLeft = new AtomicInteger();
    private final AtomicInteger rateLimitsLeft = new AtomicInteger();
    private final AtomicInteger rateLimit403Left = new AtomicInteger();
    private final AtomicInteger timeoutsLeft = new AtomicInteger();
    private final AtomicInteger conferenceFailuresLeft = new AtomicInteger();

    /** Replaces the settings and restarts the counters. */
    public synchronized void configure(FaultSettings newSettings) {
        serverErrorsLeft.set(newSettings.serverErrorCount());
        rateLimitsLeft.set(newSettings.rateLimitCount());
        rateLimit403Left.set(newSettings.rateLimit403Count());
        timeoutsLeft.set(newSettings.timeoutCount());
        conferenceFailuresLeft.set(newSettings.conferenceFailureCount());
        settings = newSettings;
    }

    /** The current settings. */
    public FaultSettings settings() {
        return settings;
    }

    /** Decides the fault for a call of the given operation made without a known account (OAuth endpoints). */
    public FaultDecision decide(String operation) {
        return decide(operation, java.util.Optional.empty());
    }

    /** Decides the fault for a call of the given operation made for {@code account}. */
    public FaultDecision decide(String operation, java.util.Optional<String> account) {
        FaultSettings s = settings;
        if (!s.targets(operation, account)) {
            return new FaultDecision(FaultDecision.Kind.NONE, 0, s);
        }
        FaultDecision.Kind kind = FaultDecision.Kind.NONE;
        if (take(timeoutsLeft) || hit(s.timeoutRate())) {
            kind = FaultDecision.Kind.TIMEOUT;
        } else if (take(serverErrorsLeft) || hit(s.serverErrorRate())) {
            kind = FaultDecision.Kind.SERVER_ERROR;
        } else if (take(rateLimitsLeft) || hit(s.rateLimitRate())) {
            kind = FaultDecision.Kind.RATE_LIMIT;
        } else if (take(rateLimit403Left) || hit(s.rateLimit403Rate())) {
            kind = FaultDecision.Kind.RATE_LIMIT_403;
        }
        return new FaultDecision(kind, s.latencyMs(), s);
    }

    /** Whether the next created Google event gets conference status "failure". */
    public boolean takeConferenceFailure() {
        return take(conferenceFailuresLeft);
    }

    /** Settings plus remaining counts, for GET /__sim/faults. */
    public ObjectNode toJson() {
        ObjectNode n = settings.toJson();
        n.put("serverErrorCountLeft", serverErrorsLeft.get());
        n.put("rateLimitCountLeft", rateLimitsLeft.get());
        n.put("rateLimit403CountLeft", rateLimit403Left.get());
        n.put("timeoutCountLeft", timeoutsLeft.get());
        n.put("conferenceFailureCountLeft", conferenceFailuresLeft.get());
        return n;
    }

    private static boolean take(AtomicInteger counter) {
        return counter.getAndUpdate(v -> v > 0 ? v - 1 : 0) > 0;
    }

    private static boolean hit(double rate) {
        return rate > 0 && ThreadLocalRandom.current().nextDouble() < rate;
    }
}
