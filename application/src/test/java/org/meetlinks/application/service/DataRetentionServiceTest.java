package org.meetlinks.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meetlinks.application.port.out.PurgeExpiredDataPort;

class DataRetentionServiceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2027-06-01T00:00:00Z"));
    private final List<String> calls = new ArrayList<>();

    private final PurgeExpiredDataPort records = new PurgeExpiredDataPort() {
        @Override
        public int deleteSessionsEndedBefore(Instant cutoff) {
            calls.add("sessions<" + cutoff);
            return 2;
        }

        @Override
        public int deleteOutboxRowsCreatedBefore(Instant cutoff) {
            calls.add("outbox<" + cutoff);
            return 5;
        }

        @Override
        public int deleteBookingEventsReceivedBefore(Instant cutoff) {
            calls.add("events<" + cutoff);
            return 3;
        }
    };

    @Test
    void everything_older_than_the_retention_is_deleted() {
        DataRetentionService service = new DataRetentionService(
                records, new InMemoryBookings(), new DataLifecycle(Duration.ofDays(30), Duration.ofDays(365)), clock);

        assertThat(service.purgeExpired()).isEqualTo(10);
        assertThat(calls)
                .containsExactly(
                        "sessions<2026-06-01T00:00:00Z", "outbox<2026-06-01T00:00:00Z", "events<2026-06-01T00:00:00Z");
    }

    @Test
    void the_retention_cannot_be_shorter_than_the_life_of_join_links() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new DataLifecycle(Duration.ofDays(30), Duration.ofDays(7)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
