package org.meetlinks.adapter.out.providers.wiring;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.meetlinks.adapter.out.providers.common.HttpTimeouts;
import org.meetlinks.adapter.out.providers.oauth.OAuthSettings;

/** Everything a provider's adapter is configured with: API base URL, OAuth client, timeouts, refresh margin. */
public record ProviderSettings(URI apiBaseUri, OAuthSettings oauth, HttpTimeouts apiTimeouts, Duration refreshMargin) {
    public ProviderSettings {
        Objects.requireNonNull(apiBaseUri, "apiBaseUri");
        Objects.requireNonNull(oauth, "oauth");
        Objects.requireNonNull(apiTimeouts, "apiTimeouts");
        Objects.requireNonNull(refreshMargin, "refreshMargin");
    }
}
