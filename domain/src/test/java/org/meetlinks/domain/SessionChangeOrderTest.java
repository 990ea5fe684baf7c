package org.meetlinks.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SessionChangeOrderTest {
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final Instant NINE = Instant.parse("2026-12-02T09:00:00Z");
    private static final Instant TEN = Instant.parse("2026-12-02T10:00:00Z");
    private static final Instant ELEVEN = Instant.parse("2026-12-02T11:00:00Z");

    @Test
    void a_reschedule_made_before_the_last_applied_one_is_stale_and_changes_nothing() {
        MentoringSession session = Fixtures.session();
        assertThat(session.reschedule(TEN, ELEVEN, UTC, ChangeOrder.at(Instant.parse("2026-11-20T12:00:00Z"))))
                .isEqualTo(RescheduleResult.MOVED);
        assertThat(session.reschedule(NINE, TEN, UTC, ChangeOrder.at(Instant.parse("2026-11-20T11:00:00Z"))))
                .isEqualTo(RescheduleResult.STALE);
        assertThat(session.startsAt()).isEqualTo(TEN);
        assertThat(session.sequence()).isEqualTo(1);
        assertThat(session.lastChangeAt()).contains(Instant.parse("2026-11-20T12:00:00Z"));
    }

    @Test
    void of_two_reschedules_made_at_the_same_time_the_first_to_arrive_wins() {
        MentoringSession session = Fixtures.session();
        Instant at = Instant.parse("2026-11-20T12:00:00Z");
        session.reschedule(TEN, ELEVEN, UTC, ChangeOrder.at(at));
        assertThat(session.reschedule(NINE, TEN, UTC, ChangeOrder.at(at))).isEqualTo(RescheduleResult.STALE);
    }

    @Test
    void a_reschedule_that_does_not_say_when_it_was_made_applies_in_arrival_order_and_keeps_the_change_time() {
        MentoringSession session = Fixtures.session();
        Instant at = Instant.parse("2026-11-20T12:00:00Z");
        session.reschedule(TEN, ELEVEN, UTC, ChangeOrder.at(at));
        assertThat(session.reschedule(NINE, TEN, UTC, ChangeOrder.unstated())).isEqualTo(RescheduleResult.MOVED);
        assertThat(session.startsAt()).isEqualTo(NINE);
        assertThat(session.lastChangeAt()).contains(at);
    }

    @Test
    void a_reschedule_older_than_the_confirmation_is_stale() {
        MentoringSession confirmed = MentoringSession.confirmed(
                new SessionId("s-9"),
                Fixtures.session().mentor(),
                Fixtures.session().mentee(),
                "Career chat",
                NINE,
                TEN,
                UTC,
                ChangeOrder.at(Instant.parse("2026-11-20T12:00:00Z")));
        assertThat(confirmed.reschedule(TEN, ELEVEN, UTC, ChangeOrder.at(Instant.parse("2026-11-19T12:00:00Z"))))
                .isEqualTo(RescheduleResult.STALE);
    }

    @Test
    void a_cancellation_wins_over_any_later_reschedule() {
        MentoringSession session = Fixtures.session();
        session.cancel();
        assertThat(session.reschedule(TEN, ELEVEN, UTC, ChangeOrder.at(Instant.parse("2030-01-01T00:00:00Z"))))
                .isEqualTo(RescheduleResult.SESSION_CANCELLED);
        assertThat(session.state()).isEqualTo(SessionState.CANCELLED);
    }

    @Test
    void held_changes_applied_to_a_confirmation_cancel_it_or_move_it() {
        MentoringSession session = Fixtures.session();
        new HeldBookingChange.Move(session.id(), TEN, ELEVEN, UTC, ChangeOrder.unstated()).applyTo(session);
        assertThat(session.startsAt()).isEqualTo(TEN);
        new HeldBookingChange.Cancellation(session.id()).applyTo(session);
        assertThat(session.state()).isEqualTo(SessionState.CANCELLED);
    }
}
