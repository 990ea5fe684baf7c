package org.meetlinks.adapter.out.providers.common;

import java.time.Duration;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.domain.Platform;

/**
 * No call was made: too little of the run's time budget was left for one. TRANSIENT (the background tries again),
 * never counted against the provider by the circuit breaker.
 */
public class BudgetSpentException extends MeetingProviderException {
    public BudgetSpentException(Platform platform, Duration left) {
        super(
                Kind.TRANSIENT,
                platform,
                "no time left for another " + platform.accountName() + " call (" + left.toMillis()
                        + " ms of the run's budget)",
                null);
    }
}
