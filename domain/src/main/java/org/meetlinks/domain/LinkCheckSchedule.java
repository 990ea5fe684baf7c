package org.meetlinks.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * When an upcoming session's provider meeting is read before the session: once per lead time (by default 24 h and
 * 1 h before the start). A check is due when a lead time's moment has passed since the last check (or there was
 * none) and the session has not started; one check covers every lead time whose moment has passed, so a session
 * booked 30 minutes ahead is checked once, not twice. A session moved later is checked again at its new lead times.
 */
public final class LinkCheckSchedule {
    private final List<Duration> leadTimes;

    /** @param leadTimes how long before the start each check runs; at least one, each positive */
    public LinkCheckSchedule(List<Duration> leadTimes) {
        Objects.requireNonNull(leadTimes, "leadTimes");
        if (leadTimes.isEmpty()) {
            throw new IllegalArgumentException("at least one lead time is needed");
        }
        if (leadTimes.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
            throw new IllegalArgumentException("lead times must be positive: " + leadTimes);
        }
        this.leadTimes =
                leadTimes.stream().distinct().sorted(Comparator.reverseOrder()).toList();
    }

    /** Sessions starting later than this from now are never due. */
    public Duration longestLead() {
        return leadTimes.get(0);
    }

    /** True when the meeting of a session never checked before is to be checked now. */
    public boolean isDue(Instant startsAt, Instant now) {
        return now.isBefore(startsAt)
                && leadTimes.stream().map(startsAt::minus).anyMatch(moment -> !now.isBefore(moment));
    }

    /** True when the meeting of a session last checked at {@code lastCheckedAt} is to be checked now. */
    public boolean isDue(Instant startsAt, Instant lastCheckedAt, Instant now) {
        Objects.requireNonNull(lastCheckedAt, "lastCheckedAt");
        return now.isBefore(startsAt)
                && leadTimes.stream()
                        .map(startsAt::minus)
                        .anyMatch(moment -> !now.isBefore(moment) && lastCheckedAt.isBefore(moment));
    }

    /** Reads a comma-separated list of ISO-8601 durations, e.g. {@code PT24H,PT1H}. */
    public static LinkCheckSchedule parse(String leadTimes) {
        Objects.requireNonNull(leadTimes, "leadTimes");
        return new LinkCheckSchedule(java.util.Arrays.stream(leadTimes.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(Duration::parse)
                .toList());
    }
}
