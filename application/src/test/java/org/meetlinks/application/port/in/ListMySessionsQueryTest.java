package org.meetlinks.application.port.in;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meetlinks.domain.DomainException;

class ListMySessionsQueryTest {
    private static final Viewer ADA = new Viewer("m-1", Set.of("mentor"));
    private static final Instant T = Instant.parse("2026-12-01T15:00:00Z");

    @Test
    void upcoming_is_the_first_page_of_twenty_from_now_for_ninety_days() {
        ListMySessionsQuery query = ListMySessionsQuery.upcoming(ADA);

        assertThat(query.page()).isZero();
        assertThat(query.size()).isEqualTo(20);
        assertThat(query.offset()).isZero();
        assertThat(query.window(T)).isEqualTo(new ListMySessionsQuery.Window(T, T.plus(Duration.ofDays(90))));
    }

    @Test
    void a_negative_or_too_deep_page_is_rejected_naming_page() {
        assertField(() -> ListMySessionsQuery.of(ADA, -1, 20), "page");
        assertField(() -> ListMySessionsQuery.of(ADA, 10_001, 20), "page");
    }

    @Test
    void a_size_outside_one_to_a_hundred_is_rejected_naming_size() {
        assertField(() -> ListMySessionsQuery.of(ADA, 0, 0), "size");
        assertField(() -> ListMySessionsQuery.of(ADA, 0, 101), "size");
        assertThat(ListMySessionsQuery.of(ADA, 0, 100).size()).isEqualTo(100);
    }

    @Test
    void to_must_come_after_from() {
        assertField(() -> ListMySessionsQuery.of(ADA, 0, 20).from(T).to(T), "to");
        assertField(() -> ListMySessionsQuery.of(ADA, 0, 20).from(T).to(T.minusSeconds(1)), "to");
    }

    @Test
    void the_offset_is_page_times_size_and_cannot_overflow() {
        ListMySessionsQuery deepest = ListMySessionsQuery.of(ADA, 10_000, 100);

        assertThat(deepest.offset()).isEqualTo(1_000_000);
    }

    private static void assertField(Runnable construction, String field) {
        assertThatThrownBy(construction::run)
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo(field));
    }
}
