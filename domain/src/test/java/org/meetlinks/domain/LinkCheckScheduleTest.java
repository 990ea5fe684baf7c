package org.meetlinks.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which sessions the pre-session check reads at which lead time, each lead time once. */
class LinkCheckScheduleTest {
    private static final Instant START = Instant.parse("2030-06-01T15:00:00Z");
    private final LinkCheckSchedule schedule = LinkCheckSchedule.parse("PT24H, PT1H");

    @Test
    void nothing_is_due_before_the_longest_lead_time() {
        assertThat(schedule.isDue(START, START.minus(Duration.ofHours(25)))).isFalse();
    }

    @Test
    void the_24_hour_check_is_due_once_its_moment_has_passed_and_done_once() {
        Instant at24 = START.minus(Duration.ofHours(24));
        assertThat(schedule.isDue(START, at24)).isTrue();
        Instant checked = at24.plusSeconds(5);
        assertThat(schedule.isDue(START, checked, checked.plusSeconds(60))).isFalse();
        assertThat(schedule.isDue(START, checked, START.minus(Duration.ofHours(2))))
                .isFalse();
    }

    @Test
    void the_1_hour_check_is_due_after_the_24_hour_one_and_then_nothing_until_the_start() {
        Instant checked24 = START.minus(Duration.ofHours(23));
        Instant at1 = START.minus(Duration.ofHours(1));
        assertThat(schedule.isDue(START, checked24, at1.minusSeconds(1))).isFalse();
        assertThat(schedule.isDue(START, checked24, at1)).isTrue();
        assertThat(schedule.isDue(START, at1.plusSeconds(2), START.minusSeconds(10)))
                .isFalse();
    }

    @Test
    void a_session_booked_inside_both_windows_is_checked_once_not_twice() {
        Instant now = START.minus(Duration.ofMinutes(30));
        assertThat(schedule.isDue(START, now)).isTrue();
        assertThat(schedule.isDue(START, now, now.plusSeconds(30))).isFalse();
    }

    @Test
    void a_started_session_is_never_due() {
        assertThat(schedule.isDue(START, START)).isFalse();
        assertThat(schedule.isDue(START, START.plusSeconds(60))).isFalse();
    }

    @Test
    void a_session_moved_later_is_checked_again_at_its_new_lead_times() {
        Instant checkedForOldStart = START.minus(Duration.ofHours(30));
        Instant newStart = START;
        assertThat(schedule.isDue(newStart, checkedForOldStart, START.minus(Duration.ofHours(24))))
                .isTrue();
    }

    @Test
    void lead_times_are_sorted_longest_first_and_must_be_positive() {
        assertThat(LinkCheckSchedule.parse("PT1H,PT24H,PT1H").longestLead()).isEqualTo(Duration.ofHours(24));
        assertThat(schedule.longestLead()).isEqualTo(Duration.ofHours(24));
        assertThatThrownBy(() -> LinkCheckSchedule.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LinkCheckSchedule(List.of(Duration.ZERO)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LinkCheckSchedule.parse("24h")).isInstanceOf(RuntimeException.class);
    }
}
