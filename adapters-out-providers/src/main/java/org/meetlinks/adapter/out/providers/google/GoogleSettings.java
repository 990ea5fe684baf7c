package org.meetlinks.adapter.out.providers.google;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.meetlinks.adapter.out.providers.common.HttpTimeouts;
import org.meetlinks.adapter.out.providers.oauth.OAuthSettings;

/** Everything the Google adapter is configured with: API base URL, OAuth client, timeouts, waits. */
public record GoogleSettings(URI apiBaseUri, OAuthSettings oauth, HttpTimeouts apiTimeouts,
                             ConferenceWait conferenceWait, Duration refreshMargin) {
    public GoogleSettings {
        Objects.requireNonNull(apiBaseUri, "apiBaseUri");
        Objects.requireNonNull(oauth, "oauth");
        Objects.requireNonNull(apiTimeouts, "apiTimeouts");
        Objects.requireNonNull(conferenceWait, "conferenceWait");
        Objects.requireNonNull(refreshMargin, "refreshMargin");
    }
}
