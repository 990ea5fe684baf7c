package org.meetlinks.application.service;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Tunables of link generation.
 *
 * @param publicBaseUrl where this service is reachable by people (join URLs start with it)
 * @param generationLease how long one attempt may hold a link before another may take over
 * @param firstRetryDelay delay before the first background retry after a transient failure
 * @param maxRetryDelay cap of the exponential retry back-off
 */
public record LinkSettings(URI publicBaseUrl, Duration generationLease, Duration firstRetryDelay,
                           Duration maxRetryDelay) {
    public LinkSettings {
        Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
        if (!publicBaseUrl.isAbsolute()) {
            throw new IllegalArgumentException("the public base URL must be absolute: " + publicBaseUrl);
        }
        Objects.requireNonNull(generationLease, "generationLease");
        Objects.requireNonNull(firstRetryDelay, "firstRetryDelay");
        Objects.requireNonNull(maxRetryDelay, "maxRetryDelay");
    }

    /** The public join URL of a token. */
    public String joinUrl(String token) {
        String base = publicBaseUrl.toString();
        return (base.endsWith("/") ? base : base + "/") + "join/" + token;
    }

    /** The mentor page, where mentors connect accounts and add links by hand. */
    public String mentorPageUrl() {
        String base = publicBaseUrl.toString();
        return (base.endsWith("/") ? base : base + "/") + "mentor/";
    }

    /** Exponential back-off for the given attempt number (1 = first retry). */
    public Duration retryDelay(int attempt) {
        Duration delay = firstRetryDelay;
        for (int i = 1; i < attempt && delay.compareTo(maxRetryDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
