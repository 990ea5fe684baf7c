package org.meetlinks.adapter.out.providers.wiring;

import java.util.Objects;
import org.meetlinks.adapter.out.providers.oauth.OAuthDialect;
import org.meetlinks.domain.Platform;

/**
 * What sets one provider apart in configuration: its platform, its key prefix ({@code meetlinks.google}), its OAuth
 * dialect, and the values its keys take when they are not set (the provider's real endpoints).
 *
 * @param scopes the scopes asked for when {@code <prefix>.scopes} is not set; ignored by a dialect whose provider
 *               takes them from the app's registration (that provider has no scopes key)
 */
public record ProviderDefaults(
        Platform platform,
        String configPrefix,
        OAuthDialect dialect,
        String apiBaseUrl,
        String authorizeUrl,
        String tokenUrl,
        String revokeUrl,
        String redirectUri,
        String scopes) {
    public ProviderDefaults {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(configPrefix, "configPrefix");
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
        Objects.requireNonNull(authorizeUrl, "authorizeUrl");
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        Objects.requireNonNull(revokeUrl, "revokeUrl");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(scopes, "scopes");
    }

    /** The full key of one of this provider's settings, e.g. {@code meetlinks.zoom.token-url}. */
    public String key(String name) {
        return configPrefix + "." + name;
    }
}
