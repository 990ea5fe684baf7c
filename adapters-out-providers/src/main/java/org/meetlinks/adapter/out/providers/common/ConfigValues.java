package org.meetlinks.adapter.out.providers.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;

/** Small parsers for configuration values (URLs, scope lists), failing with the offending key's name. */
public final class ConfigValues {
    private ConfigValues() {}

    public static URI uri(String key, String value) {
        try {
            URI uri = new URI(value.strip());
            if (!uri.isAbsolute()) {
                throw new IllegalArgumentException(key + " must be an absolute URL, not '" + value + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(key + " is not a URL: " + e.getMessage(), e);
        }
    }

    /** Scopes separated by spaces or commas. */
    public static List<String> scopes(String value) {
        return Arrays.stream(value.split("[\\s,]+")).filter(s -> !s.isBlank()).toList();
    }
}
