package org.meetlinks.adapter.out.providers.oauth;

import java.util.Objects;
import java.util.Optional;

/**
 * A provider's OAuth client id and secret, each configured or not: a blank value counts as not configured, so the
 * call that needs it fails naming its setting.
 */
public final class ClientCredentials {
    private final String id;
    private final String secret;

    /** @param id the client id, blank when not configured; @param secret likewise the client secret */
    public ClientCredentials(String id, String secret) {
        this.id = Objects.requireNonNull(id, "id");
        this.secret = Objects.requireNonNull(secret, "secret");
    }

    /** The client id, unless it is not configured. */
    public Optional<String> id() {
        return configured(id);
    }

    /** The client secret, unless it is not configured. */
    public Optional<String> secret() {
        return configured(secret);
    }

    private static Optional<String> configured(String value) {
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /** Names the client, never the secret. */
    @Override
    public String toString() {
        return "client " + id().orElse("(none)");
    }
}
