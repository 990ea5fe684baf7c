package org.meetlinks.adapter.out.providers.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Retry-After values in the three shapes providers send. */
class RetryAfterTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-05-30T23:00:00Z"), ZoneOffset.UTC);

    @Test
    void readsDelaySeconds() {
        assertThat(RetryAfter.parse("120", clock)).contains(Duration.ofSeconds(120));
    }

    @Test
    void readsZoomsIsoTimestamp() {
        assertThat(RetryAfter.parse("2026-05-31T00:00:00Z", clock)).contains(Duration.ofHours(1));
    }

    @Test
    void readsAnHttpDate() {
        assertThat(RetryAfter.parse("Sun, 31 May 2026 00:00:00 GMT", clock)).contains(Duration.ofHours(1));
    }

    @Test
    void aPastTimeMeansNow() {
        assertThat(RetryAfter.parse("2026-05-30T22:00:00Z", clock)).contains(Duration.ZERO);
    }

    @Test
    void ignoresGarbageAndAbsence() {
        assertThat(RetryAfter.parse("soon", clock)).isEmpty();
        assertThat(RetryAfter.parse("  ", clock)).isEmpty();
    }

    @Test
    void theDailyLimitResetsAtMidnightUtc() {
        assertThat(RetryAfter.untilNextUtcMidnight(clock)).isEqualTo(Duration.ofHours(1));
    }
}
