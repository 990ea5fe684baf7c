package org.meetlinks.application.service;

import java.net.URI;
import java.util.Objects;

/**
 * Where people reach this service: join URLs and the mentor page start with {@code publicBaseUrl}.
 */
public record LinkSettings(URI publicBaseUrl) {
    public LinkSettings {
        Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        if (!publicBaseUrl.isAbsolute()) {
            throw new IllegalArgumentException("the public base URL must be absolute: " + publicBaseUrl);
        }
    }

    /** The public join URL of a token. */
    public String joinUrl(String token) {
        return base() + "join/" + token;
    }

    /** The mentor page, where mentors connect accounts and add links by hand. */
    public String mentorPageUrl() {
        return base() + "mentor/";
    }

    /** The one-click reconnect link of an emailed token. */
    public String reconnectFromEmailUrl(String token) {
        return base() + "from-email/reconnect/" + token;
    }

    /** The add-a-link page of an emailed token. */
    public String addLinkFromEmailUrl(String token) {
        return base() + "from-email/add-link/" + token;
    }

    private String base() {
        String base = publicBaseUrl.toString();
        return base.endsWith("/") ? base : base + "/";
    }
}
