package org.meetlinks.adapter.out.providers.common;

import java.time.Duration;
import java.util.Objects;

/** Connect and read timeouts for every call to a provider (REST API and OAuth endpoints alike). */
public record HttpTimeouts(Duration connect, Duration read) {
    public HttpTimeouts {
        Objects.requireNonNull(connect, "connect");
        Objects.requireNonNull(read, "read");
        if (connect.isNegative() || connect.isZero() || read.isNegative() || read.isZero()) {
            throw new IllegalArgumentException("provider timeouts must be positive");
        }
    }

    public static HttpTimeouts ofMillis(long connectMillis, long readMillis) {
        return new HttpTimeouts(Duration.ofMillis(connectMillis), Duration.ofMillis(readMillis));
    }

    /** These timeouts, none longer than {@code limit}. */
    public HttpTimeouts cappedAt(Duration limit) {
        return new HttpTimeouts(
                connect.compareTo(limit) > 0 ? limit : connect, read.compareTo(limit) > 0 ? limit : read);
    }

    public int connectMillis() {
        return (int) Math.min(Integer.MAX_VALUE, connect.toMillis());
    }

    public int readMillis() {
        return (int) Math.min(Integer.MAX_VALUE, read.toMillis());
    }
}
