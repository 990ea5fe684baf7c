package org.meetlinks.adapter.out.providers.common;

import java.util.Optional;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.domain.Platform;

/**
 * A TRANSIENT provider failure (timeout, 5xx, unreachable). The circuit breaker counts these; only the
 * {@link RetryableProviderException} subtype may be retried at once, because repeating the call is safe.
 */
public class TransientProviderException extends MeetingProviderException {
    public TransientProviderException(Platform platform, String message, Throwable cause) {
        super(Kind.TRANSIENT, platform, message, Optional.empty(), cause);
    }
}
