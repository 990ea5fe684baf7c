package org.meetlinks.adapter.out.mail;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** HTML escaping for every piece of user-supplied text and URL that goes into the HTML part. */
final class Html {
    private Html() {}

    /** Escapes text for use in element content and quoted attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The URL if it is an absolute http(s) URL and so may become a link target; empty otherwise. */
    static Optional<String> linkTarget(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null) {
                return Optional.empty();
            }
            String lower = scheme.toLowerCase(Locale.ROOT);
            return lower.equals("https") || lower.equals("http") ? Optional.of(url) : Optional.empty();
        } catch (URISyntaxException notAUri) {
            // Not a URI at all: it is shown as (escaped) text, never as a link.
            return Optional.empty();
        }
    }
}
