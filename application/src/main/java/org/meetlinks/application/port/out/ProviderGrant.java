package org.meetlinks.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;

/**
 * The OAuth tokens of one connected provider account. Plain text only in memory: the persistence
 * adapter encrypts the tokens at rest, and nothing logs them.
 */
public record ProviderGrant(
        MentorId mentorId,
        Platform platform,
        String accountEmail,
        String accessToken,
        Optional<String> refreshToken,
        Instant accessExpiresAt,
        String scopes) {
    public ProviderGrant {
        Objects.requireNonNull(mentorId, "mentorId");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(accountEmail, "accountEmail");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(accessExpiresAt, "accessExpiresAt");
        Objects.requireNonNull(scopes, "scopes");
    }

    @Override
    public String toString() {
        return "ProviderGrant[" + mentorId + ", " + platform + ", " + accountEmail + ", expires " + accessExpiresAt
                + "]";
    }
}
