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
    void reads_delay_seconds() {
        assertThat(RetryAfter.parse("120", clock)).contains(Duration.ofSeconds(120));
    }

    @Test
    void reads_zooms_iso_timestamp() {
        assertThat(RetryAfter.parse("2026-05-31T00:00:00Z", clock)).contains(Duration.ofHours(1));
    }

    @Test
    void reads_an_http_date() {
        assertThat(RetryAfter.parse("Sun, 31 May 2026 00:00:00 GMT", clock)).contains(Duration.ofHours(1));
    }

    @Test
    void a_past_time_means_now() {
        assertThat(RetryAfter.parse("2026-05-30T22:00:00Z", clock)).contains(Duration.ZERO);
    }

    @Test
    void ignores_garbage_and_absence() {
        assertThat(RetryAfter.parse("soon", clock)).isEmpty();
        assertThat(RetryAfter.parse("  ", clock)).isEmpty();
    }

    @Test
    void the_daily_limit_resets_at_midnight_utc() {
        assertThat(RetryAfter.untilNextUtcMidnight(clock)).isEqualTo(Duration.ofHours(1));
    }
}
