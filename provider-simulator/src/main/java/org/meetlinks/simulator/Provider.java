package org.meetlinks.simulator;

import java.util.Locale;
import java.util.Optional;

/** The two simulated providers and their identifiers in URLs and control-API payloads. */
public enum Provider {
    GOOGLE("google"),
    ZOOM("zoom");

    private final String id;

    Provider(String id) {
        this.id = id;
    }

    /** The lower-case identifier used in paths and JSON ("google" or "zoom"). */
    public String id() {
        return id;
    }

    /** Looks a provider up by its identifier, ignoring case. */
    public static Optional<Provider> fromId(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        for (Provider provider : values()) {
            if (provider.id.equals(wanted)) {
                return Optional.of(provider);
            }
        }
        return Optional.empty();
    }
}
