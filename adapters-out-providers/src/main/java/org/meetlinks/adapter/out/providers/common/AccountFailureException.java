package org.meetlinks.adapter.out.providers.common;

import org.meetlinks.application.port.out.MeetingProviderException;

/**
 * A provider error of an account that keeps failing: TRANSIENT like the error it wraps, but not one the shared circuit
 * breaker counts (it is not a {@link TransientProviderException}), so one account cannot open the breaker for all.
 */
public class AccountFailureException extends MeetingProviderException {
    private final boolean mayHaveTakenEffect;

    public AccountFailureException(TransientProviderException failure, int failuresInARow) {
        super(
                Kind.TRANSIENT,
                failure.platform(),
                failure.getMessage() + " (this account's " + failuresInARow + ". failure in a row)",
                failure);
        this.mayHaveTakenEffect = failure.mayHaveTakenEffect();
    }

    @Override
    public boolean mayHaveTakenEffect() {
        return mayHaveTakenEffect;
    }
}
