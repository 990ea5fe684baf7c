package org.meetlinks.adapter.out.providers.common;

import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.domain.Platform;

/**
 * A TRANSIENT provider failure (timeout, 5xx, unreachable) after which the request may have been carried out. The
 * circuit breaker counts these; the {@link RetryableProviderException} subtype is one whose request cannot have
 * made anything that a repeat would duplicate.
 */
public class TransientProviderException extends MeetingProviderException {
    public TransientProviderException(Platform platform, String message, Throwable cause) {
        super(Kind.TRANSIENT, platform, message, cause);
    }

    @Override
    public boolean mayHaveTakenEffect() {
        return true;
    }
}
