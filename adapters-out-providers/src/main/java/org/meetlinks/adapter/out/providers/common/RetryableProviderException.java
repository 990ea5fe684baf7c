package org.meetlinks.adapter.out.providers.common;

import org.meetlinks.domain.Platform;

/** A TRANSIENT failure after which repeating the same call cannot make a duplicate (never sent, or idempotent). */
public class RetryableProviderException extends TransientProviderException {
    public RetryableProviderException(Platform platform, String message, Throwable cause) {
        super(platform, message, cause);
    }

    @Override
    public boolean mayHaveTakenEffect() {
        return false;
    }
}
