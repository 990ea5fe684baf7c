package org.meetlinks.adapter.out.providers.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.meetlinks.domain.Platform;

/** Each call gets the longest timeout that still ends by its run's deadline, and none when too little is left. */
class TimedApiTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final TimedApi<String> api = new TimedApi<>(
            new TreeMap<>(java.util.Map.of(
                    Duration.ofMillis(500),
                    "0.5 s",
                    Duration.ofSeconds(1),
                    "1 s",
                    Duration.ofSeconds(3),
                    "3 s",
                    Duration.ofSeconds(5),
                    "5 s")),
            Platform.ZOOM,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void the_longest_tier_that_ends_by_the_deadline_is_chosen() {
        assertThat(api.within(NOW.plusMillis(4_400))).isEqualTo("3 s");
        assertThat(api.within(NOW.plusMillis(1_200))).isEqualTo("1 s");
        assertThat(api.within(NOW.plusSeconds(60))).isEqualTo("5 s");
        assertThat(api.longest()).isEqualTo("5 s");
    }

    @Test
    void with_less_than_the_shortest_call_left_no_call_is_made() {
        assertThatThrownBy(() -> api.within(NOW.plusMillis(499)))
                .isInstanceOf(BudgetSpentException.class)
                .isNotInstanceOf(TransientProviderException.class)
                .hasMessageContaining("no time left");
        assertThatThrownBy(() -> api.within(NOW.minusSeconds(1))).isInstanceOf(BudgetSpentException.class);
    }
}
