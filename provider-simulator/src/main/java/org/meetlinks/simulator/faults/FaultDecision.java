package org.meetlinks.simulator.faults;

/**
 * What the fault injector decided for one call.
 *
 * @param kind            which fault, or NONE
 * @param latencyMs       extra delay for the answer, whatever the kind
 * @param settings        the settings the decision was taken under
 */
public record FaultDecision(Kind kind, long latencyMs, FaultSettings settings) {

    /** The possible faults. */
    public enum Kind {
        NONE,
        TIMEOUT,
        SERVER_ERROR,
        RATE_LIMIT,
        RATE_LIMIT_403
    }
}
