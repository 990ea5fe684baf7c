package org.meetlinks.adapter.out.providers.zoom;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.meetlinks.adapter.out.providers.common.HttpTimeouts;
import org.meetlinks.adapter.out.providers.oauth.OAuthSettings;

/** Everything the Zoom adapter is configured with: API base URL, OAuth client, timeouts. */
public record ZoomSettings(URI apiBaseUri, OAuthSettings oauth, HttpTimeouts apiTimeouts, Duration refreshMargin) {
    public ZoomSettings {
        Objects.requireNonNull(apiBaseUri, "apiBaseUri");
        Objects.requireNonNull(oauth, "oauth");
        Objects.requireNonNull(apiTimeouts, "apiTimeouts");
        Objects.requireNonNull(refreshMargin, "refreshMargin");
    }
}
