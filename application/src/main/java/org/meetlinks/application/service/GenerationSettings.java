package org.meetlinks.application.service;

import java.time.Duration;
import java.util.Objects;

/**
 * Time budgets of link generation.
 *
 * @param firstRunBudget time from the confirmation being stored to the end of the first run of attempts (the
 *                       promise is a link within 5 s of confirmation)
 * @param retryRunBudget length of a background run of attempts
 * @param shortestCall   a provider call is not started with less time than this left
 * @param leaseMargin    a run's claim on a link lasts its budget plus this, so it always outlives the run
 * @param intakeGrace    a confirmed session nobody started on after this is taken by the background sweep
 */
public record GenerationSettings(
        Duration firstRunBudget,
        Duration retryRunBudget,
        Duration shortestCall,
        Duration leaseMargin,
        Duration intakeGrace) {
    public GenerationSettings {
        positive(firstRunBudget, "firstRunBudget");
        positive(retryRunBudget, "retryRunBudget");
        positive(shortestCall, "shortestCall");
        positive(leaseMargin, "leaseMargin");
        positive(intakeGrace, "intakeGrace");
        if (shortestCall.compareTo(firstRunBudget) >= 0 || shortestCall.compareTo(retryRunBudget) >= 0) {
            throw new IllegalArgumentException("a run's budget must be longer than its shortest call");
        }
    }

    private static void positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
