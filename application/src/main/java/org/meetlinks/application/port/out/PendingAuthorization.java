package org.meetlinks.application.port.out;

import java.time.Instant;
import java.util.Objects;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;

/**
 * An OAuth connect in flight: the state sent to the provider, whose it is, the PKCE verifier, and the fingerprint of
 * the browser binding it was started with (empty when unknown: such a connect cannot complete).
 */
public record PendingAuthorization(String state, MentorId mentorId, Platform platform, String codeVerifier,
                                   Instant expiresAt, String browserFingerprint) {
    public PendingAuthorization {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(mentorId, "mentorId");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(codeVerifier, "codeVerifier");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(browserFingerprint, "browserFingerprint");
    }

    @Override
    public String toString() {
        return "PendingAuthorization[" + mentorId + ", " + platform + ", expires " + expiresAt + "]";
    }
}
