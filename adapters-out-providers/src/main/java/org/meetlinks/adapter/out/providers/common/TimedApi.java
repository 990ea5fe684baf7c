package org.meetlinks.adapter.out.providers.common;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.meetlinks.domain.Platform;

/**
 * A provider's REST client in a few read-timeout tiers, so that every call's timeout is cut to what is left of its
 * run: MicroProfile Rest Client sets timeouts per client, not per call, and an MP FT time limit does not end a
 * blocked call. {@link #within} picks the longest tier that ends by the deadline.
 */
public final class TimedApi<T> {
    /** No call is started with less time left than this. */
    public static final Duration SHORTEST_CALL = Duration.ofMillis(500);

    private static final long[] TIER_MILLIS = {500, 1_000, 2_000, 3_000};

    private final NavigableMap<Duration, T> tiers;
    private final Platform platform;
    private final Clock clock;

    TimedApi(NavigableMap<Duration, T> tiers, Platform platform, Clock clock) {
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("a timed API needs at least one tier");
        }
        this.tiers = tiers;
        this.platform = platform;
        this.clock = clock;
    }

    /** Clients for the configured timeouts and the shorter tiers below them. */
    public static <T> TimedApi<T> build(
            Class<T> api, URI baseUri, HttpTimeouts timeouts, Platform platform, Clock clock) {
        NavigableMap<Duration, T> tiers = new TreeMap<>();
        for (long millis : TIER_MILLIS) {
            Duration read = Duration.ofMillis(millis);
            if (read.compareTo(timeouts.read()) < 0) {
                tiers.put(read, RestClients.build(api, baseUri, timeouts.cappedAt(read)));
            }
        }
        tiers.put(timeouts.read(), RestClients.build(api, baseUri, timeouts));
        return new TimedApi<>(tiers, platform, clock);
    }

    /** A client whose calls end by {@code deadline}. @throws BudgetSpentException when not even a short call fits */
    public T within(Instant deadline) {
        Duration left = Duration.between(clock.instant(), deadline);
        Map.Entry<Duration, T> tier = tiers.floorEntry(left);
        if (tier == null || left.compareTo(SHORTEST_CALL) < 0) {
            throw new BudgetSpentException(platform, left.isNegative() ? Duration.ZERO : left);
        }
        return tier.getValue();
    }

    /** The client with the configured (longest) timeouts, for calls outside a run's budget. */
    public T longest() {
        return tiers.lastEntry().getValue();
    }
}
