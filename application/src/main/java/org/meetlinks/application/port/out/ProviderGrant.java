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
public final class ProviderGrant {
    private final MentorId mentorId;
    private final Platform platform;
    private final String accountEmail;
    private final String accessToken;
    private final String refreshToken;
    private final Instant accessExpiresAt;
    private final String scopes;

    /** A grant the provider can refresh with {@code refreshToken}. */
    public ProviderGrant(
            MentorId mentorId,
            Platform platform,
            String accountEmail,
            String accessToken,
            String refreshToken,
            Instant accessExpiresAt,
            String scopes) {
        this.mentorId = Objects.requireNonNull(mentorId, "mentorId");
        this.platform = Objects.requireNonNull(platform, "platform");
        this.accountEmail = Objects.requireNonNull(accountEmail, "accountEmail");
        this.accessToken = Objects.requireNonNull(accessToken, "accessToken");
        this.refreshToken = Objects.requireNonNull(refreshToken, "refreshToken");
        this.accessExpiresAt = Objects.requireNonNull(accessExpiresAt, "accessExpiresAt");
        this.scopes = Objects.requireNonNull(scopes, "scopes");
    }

    /** A grant without a refresh token: it lasts until its access token expires. */
    public ProviderGrant(
            MentorId mentorId,
            Platform platform,
            String accountEmail,
            String accessToken,
            Instant accessExpiresAt,
            String scopes) {
        this.mentorId = Objects.requireNonNull(mentorId, "mentorId");
        this.platform = Objects.requireNonNull(platform, "platform");
        this.accountEmail = Objects.requireNonNull(accountEmail, "accountEmail");
        this.accessToken = Objects.requireNonNull(accessToken, "accessToken");
        this.refreshToken = null;
        this.accessExpiresAt = Objects.requireNonNull(accessExpiresAt, "accessExpiresAt");
        this.scopes = Objects.requireNonNull(scopes, "scopes");
    }

    /** This grant, refreshable with {@code token}. */
    public ProviderGrant withRefreshToken(String token) {
        return new ProviderGrant(mentorId, platform, accountEmail, accessToken, token, accessExpiresAt, scopes);
    }

    public MentorId mentorId() {
        return mentorId;
    }

    public Platform platform() {
        return platform;
    }

    public String accountEmail() {
        return accountEmail;
    }

    public String accessToken() {
        return accessToken;
    }

    /** The token that gets a new access token, when the provider gave one. */
    public Optional<String> refreshToken() {
        return Optional.ofNullable(refreshToken);
    }

    public Instant accessExpiresAt() {
        return accessExpiresAt;
    }

    public String scopes() {
        return scopes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProviderGrant g
                && mentorId.equals(g.mentorId)
                && platform == g.platform
                && accountEmail.equals(g.accountEmail)
                && accessToken.equals(g.accessToken)
                && Objects.equals(refreshToken, g.refreshToken)
                && accessExpiresAt.equals(g.accessExpiresAt)
                && scopes.equals(g.scopes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mentorId, platform, accountEmail, accessToken, refreshToken, accessExpiresAt, scopes);
    }

    @Override
    public String toString() {
        return "ProviderGrant[" + mentorId + ", " + platform + ", " + accountEmail + ", expires " + accessExpiresAt
                + "]";
    }
}
