package org.meetlinks.application.port.out;

import java.time.Instant;
import java.util.Optional;

/** Keeps OAuth states between "authorize" and the provider's callback; each state can be taken once. */
public interface KeepAuthorizationStatePort {
    void remember(PendingAuthorization authorization);

    /** Removes and returns the authorization of {@code state} if it exists and has not expired. */
    Optional<PendingAuthorization> takeOnce(String state, Instant now);
}
