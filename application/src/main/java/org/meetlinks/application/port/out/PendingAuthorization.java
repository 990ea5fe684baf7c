package org.meetlinks.application.port.out;

import java.time.Instant;
import java.util.Objects;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;

/**
 * An OAuth connect in flight: the state sent to the provider, whose it is, the PKCE verifier, and the fingerprint of
 * the browser binding it was started with (empty when unknown: such a connect cannot complete), and the hash of the
 * emailed reconnect link that started it (empty for a connect from the mentor page).
 */
public record PendingAuthorization(
        String state,
        MentorId mentorId,
        Platform platform,
        String codeVerifier,
        Instant expiresAt,
        String browserFingerprint,
        String emailLinkHash) {
    public PendingAuthorization {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(mentorId, "mentorId");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(codeVerifier, "codeVerifier");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(browserFingerprint, "browserFingerprint");
        Objects.requireNonNull(emailLinkHash, "emailLinkHash");
    }

    /** A connect started on the mentor page (signed in), not from an emailed link. */
    public PendingAuthorization(
            String state,
            MentorId mentorId,
            Platform platform,
            String codeVerifier,
            Instant expiresAt,
            String browserFingerprint) {
        this(state, mentorId, platform, codeVerifier, expiresAt, browserFingerprint, "");
    }

    /** True when an emailed reconnect link started this connect. */
    public boolean fromEmail() {
        return !emailLinkHash.isEmpty();
    }

    @Override
    public String toString() {
        return "PendingAuthorization[" + mentorId + ", " + platform + ", expires " + expiresAt + "]";
    }
}
