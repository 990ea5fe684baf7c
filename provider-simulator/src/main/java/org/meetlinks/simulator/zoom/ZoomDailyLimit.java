package org.meetlinks.simulator.zoom;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts meeting create/update requests per user and UTC day against Zoom's daily limit. */
public final class ZoomDailyLimit {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    /** Counts one request if the user is still under the limit today; false when the limit is reached. */
    public boolean tryAcquire(String account, int limit, Instant now) {
        String key = account.toLowerCase(Locale.ROOT) + "|" + LocalDate.ofInstant(now, ZoneOffset.UTC);
        AtomicInteger counter = counts.computeIfAbsent(key, k -> new AtomicInteger());
        while (true) {
            int current = counter.get();
            if (current >= limit) {
                return false;
            }
            if (counter.compareAndSet(current, current + 1)) {
                return true;
            }
        }
    }

    /** Forgets all counts. */
    public void clear() {
        counts.clear();
    }
}
