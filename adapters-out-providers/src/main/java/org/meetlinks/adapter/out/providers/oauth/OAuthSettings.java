package org.meetlinks.adapter.out.providers.oauth;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.meetlinks.adapter.out.providers.common.HttpTimeouts;
import org.meetlinks.domain.Platform;

/**
 * One provider's OAuth client registration and endpoints, as configured under {@code configPrefix}
 * (e.g. {@code meetlinks.google}).
 *
 * @param dialect how this provider's OAuth differs (scopes in the URL or from the app, refresh, revocation)
 * @param client  the client id and secret, each configured or not (it is the token requests that need them)
 * @param scopes  the scopes the authorization URL asks for; empty for a provider that takes them from the app
 */
public record OAuthSettings(
        Platform platform,
        String configPrefix,
        OAuthDialect dialect,
        URI authorizeUri,
        URI tokenUri,
        URI revokeUri,
        ClientCredentials client,
        URI redirectUri,
        List<String> scopes,
        HttpTimeouts timeouts) {
    public OAuthSettings {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(configPrefix, "configPrefix");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(authorizeUri, "authorizeUri");
        Objects.requireNonNull(tokenUri, "tokenUri");
        Objects.requireNonNull(revokeUri, "revokeUri");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(redirectUri, "redirectUri");
        scopes = List.copyOf(scopes);
        if (!dialect.scopesInAuthorizationUrl() && !scopes.isEmpty()) {
            throw new IllegalArgumentException(configPrefix + ": " + platform + " takes its scopes from the app's "
                    + "registration, not from the authorization URL");
        }
        Objects.requireNonNull(timeouts, "timeouts");
    }

    /** The requested scopes as one space-separated string. */
    public String scopeString() {
        return String.join(" ", scopes);
    }

    @Override
    public String toString() {
        return "OAuthSettings[" + platform + ", token " + tokenUri + ", " + client + "]";
    }
}
