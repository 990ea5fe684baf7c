package org.meetlinks.adapter.out.providers.oauth;

/**
 * How a provider's OAuth differs from plain RFC 6749: where scopes come from, how a refresh token is obtained and
 * how a grant is revoked.
 */
public enum OAuthDialect {
    /** Scopes in the authorization URL; {@code access_type=offline} + {@code prompt=consent}; revoke the refresh token. */
    GOOGLE(true, true, true, false),
    /**
     * Scopes come from the Marketplace app: a {@code scope} in the authorization URL is refused ("Invalid scopes");
     * revoke the access token, authenticated with the client secret.
     */
    ZOOM(false, false, false, true);

    private final boolean scopesInAuthorizationUrl;
    private final boolean asksForOfflineAccess;
    private final boolean revokesRefreshToken;
    private final boolean authenticatesRevocation;

    OAuthDialect(
            boolean scopesInAuthorizationUrl,
            boolean asksForOfflineAccess,
            boolean revokesRefreshToken,
            boolean authenticatesRevocation) {
        this.scopesInAuthorizationUrl = scopesInAuthorizationUrl;
        this.asksForOfflineAccess = asksForOfflineAccess;
        this.revokesRefreshToken = revokesRefreshToken;
        this.authenticatesRevocation = authenticatesRevocation;
    }

    /** Whether the authorization URL names the requested scopes. */
    public boolean scopesInAuthorizationUrl() {
        return scopesInAuthorizationUrl;
    }

    /** Whether a refresh token must be asked for ({@code access_type=offline}, {@code prompt=consent}). */
    public boolean asksForOfflineAccess() {
        return asksForOfflineAccess;
    }

    /** Whether disconnecting revokes the refresh token (when there is one) rather than the access token. */
    public boolean revokesRefreshToken() {
        return revokesRefreshToken;
    }

    /** Whether the revocation request carries the client secret (HTTP Basic) rather than only the client id. */
    public boolean authenticatesRevocation() {
        return authenticatesRevocation;
    }
}
