package org.meetlinks.adapter.out.providers.google;

import java.time.Duration;
import java.util.Objects;

/** How long to re-read an event whose Meet conference is still {@code pending}: total budget and back-off pauses. */
public record ConferenceWait(Duration budget, Duration firstPause, Duration maxPause) {
    public ConferenceWait {
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(firstPause, "firstPause");
        Objects.requireNonNull(maxPause, "maxPause");
        if (budget.isNegative()
                || firstPause.isNegative()
                || firstPause.isZero()
                || maxPause.compareTo(firstPause) < 0) {
            throw new IllegalArgumentException("conference wait needs budget >= 0 and 0 < firstPause <= maxPause");
        }
    }

    /** Budget as configured; pauses start at 200 ms and double up to 1 s. */
    public static ConferenceWait ofBudget(Duration budget) {
        return new ConferenceWait(budget, Duration.ofMillis(200), Duration.ofSeconds(1));
    }
}
