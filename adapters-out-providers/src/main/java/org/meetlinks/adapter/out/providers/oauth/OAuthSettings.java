package org.meetlinks.adapter.out.providers.oauth;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.meetlinks.adapter.out.providers.common.HttpTimeouts;
import org.meetlinks.domain.Platform;

/**
 * One provider's OAuth client registration and endpoints, as configured under {@code configPrefix}
 * (e.g. {@code meetlinks.google}).
 *
 * @param offlineConsent    Google: ask for a refresh token ({@code access_type=offline}, {@code prompt=consent})
 * @param revokeRefreshToken revoke the refresh token when there is one (Google); else the access token (Zoom)
 * @param revokeWithSecret  authenticate the revocation with the client secret (Zoom); else send only client_id
 */
public record OAuthSettings(Platform platform, String configPrefix, URI authorizeUri, URI tokenUri, URI revokeUri,
                            Optional<String> clientId, Optional<String> clientSecret, URI redirectUri,
                            List<String> scopes, boolean offlineConsent, boolean revokeRefreshToken,
                            boolean revokeWithSecret, HttpTimeouts timeouts) {
    public OAuthSettings {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(configPrefix, "configPrefix");
        Objects.requireNonNull(authorizeUri, "authorizeUri");
        Objects.requireNonNull(tokenUri, "tokenUri");
        Objects.requireNonNull(revokeUri, "revokeUri");
        clientId = clientId.filter(v -> !v.isBlank());
        clientSecret = clientSecret.filter(v -> !v.isBlank());
        Objects.requireNonNull(redirectUri, "redirectUri");
        scopes = List.copyOf(scopes);
        Objects.requireNonNull(timeouts, "timeouts");
    }

    /** The requested scopes as one space-separated string. */
    public String scopeString() {
        return String.join(" ", scopes);
    }

    @Override
    public String toString() {
        return "OAuthSettings[" + platform + ", token " + tokenUri + ", client " + clientId.orElse("(none)") + "]";
    }
}
