package org.meetlinks.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetlinks.application.service.Harness.confirmation;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.meetlinks.application.port.in.BookingOutcome;
import org.meetlinks.application.port.in.CancelSessionCommand;
import org.meetlinks.application.port.in.EventId;
import org.meetlinks.application.port.in.RescheduleSessionCommand;
import org.meetlinks.application.port.out.NotificationKind;
import org.meetlinks.domain.ChangeOrder;
import org.meetlinks.domain.LinkStatus;
import org.meetlinks.domain.SessionId;
import org.meetlinks.domain.SessionState;

class OutOfOrderEventsTest {
    private static final SessionId S1 = new SessionId("s-1");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final Harness h = new Harness();

    private static RescheduleSessionCommand moveTo(String eventId, String start, ChangeOrder order) {
        Instant startsAt = Instant.parse(start);
        return new RescheduleSessionCommand(
                new EventId(eventId), S1, startsAt, startsAt.plusSeconds(3600), BERLIN, order);
    }

    @Test
    void a_cancellation_before_the_confirmation_is_kept_and_the_confirmation_makes_no_meeting_and_no_email() {
        h.connectGoogle();
        BookingOutcome early = h.cancel.cancel(new CancelSessionCommand(new EventId("ev-2"), S1));
        assertThat(early.result()).isEqualTo(BookingOutcome.Result.HELD);
        assertThat(early.meetingLink()).isEmpty();
        assertThat(h.cancel
                        .cancel(new CancelSessionCommand(new EventId("ev-2"), S1))
                        .duplicate())
                .isTrue();

        BookingOutcome confirmed = h.confirm(confirmation("ev-1", "s-1"));

        assertThat(confirmed.meetingLink().orElseThrow().status()).isEqualTo(LinkStatus.CANCELLED);
        assertThat(h.db.loadSession(S1).orElseThrow().state()).isEqualTo(SessionState.CANCELLED);
        assertThat(h.provider.createCount()).isZero();
        assertThat(h.db.notifications()).isEmpty();
        assertThat(h.db.held()).isEmpty();
    }

    @Test
    void a_confirmation_redelivered_after_the_cancel_changes_nothing() {
        h.connectGoogle();
        h.confirm(confirmation("ev-1", "s-1"));
        h.cancel.cancel(new CancelSessionCommand(new EventId("ev-2"), S1));
        int notifications = h.db.notifications().size();

        assertThat(h.confirm(confirmation("ev-1", "s-1")).duplicate()).isTrue();
        BookingOutcome sentAgain = h.confirm(confirmation("ev-1b", "s-1"));

        assertThat(sentAgain.result()).isEqualTo(BookingOutcome.Result.IGNORED);
        assertThat(sentAgain.meetingLink().orElseThrow().status()).isEqualTo(LinkStatus.CANCELLED);
        assertThat(h.provider.createCount()).isEqualTo(1);
        assertThat(h.db.notifications()).hasSize(notifications);
    }

    @Test
    void a_reschedule_before_the_confirmation_is_applied_when_the_confirmation_comes() {
        h.connectGoogle();
        assertThat(h.reschedule
                        .reschedule(moveTo("ev-2", "2026-12-05T09:00:00Z", ChangeOrder.unstated()))
                        .result())
                .isEqualTo(BookingOutcome.Result.HELD);

        h.confirm(confirmation("ev-1", "s-1"));

        assertThat(h.db.loadSession(S1).orElseThrow().startsAt()).isEqualTo(Instant.parse("2026-12-05T09:00:00Z"));
        assertThat(h.provider.creates)
                .singleElement()
                .satisfies(r -> assertThat(r.startsAt()).isEqualTo(Instant.parse("2026-12-05T09:00:00Z")));
    }

    @Test
    void a_stale_reschedule_is_recorded_and_ignored() {
        h.connectGoogle();
        h.confirm(confirmation("ev-1", "s-1"));
        h.reschedule.reschedule(
                moveTo("ev-3", "2026-12-05T09:00:00Z", ChangeOrder.at(Instant.parse("2026-11-25T12:00:00Z"))));

        BookingOutcome stale = h.reschedule.reschedule(
                moveTo("ev-2", "2026-12-04T09:00:00Z", ChangeOrder.at(Instant.parse("2026-11-25T11:00:00Z"))));

        assertThat(stale.result()).isEqualTo(BookingOutcome.Result.IGNORED);
        assertThat(h.db.loadSession(S1).orElseThrow().startsAt()).isEqualTo(Instant.parse("2026-12-05T09:00:00Z"));
        assertThat(h.provider.updates).hasSize(1);
        assertThat(h.db.notifications())
                .filteredOn(n -> n.kind() == NotificationKind.SESSION_RESCHEDULED)
                .hasSize(2);
    }

    @Test
    void a_reschedule_of_a_cancelled_session_is_ignored_instead_of_failing() {
        h.confirm(confirmation("ev-1", "s-1"));
        h.cancel.cancel(new CancelSessionCommand(new EventId("ev-2"), S1));

        BookingOutcome late = h.reschedule.reschedule(moveTo("ev-3", "2026-12-05T09:00:00Z", ChangeOrder.unstated()));

        assertThat(late.result()).isEqualTo(BookingOutcome.Result.IGNORED);
        assertThat(late.meetingLink().orElseThrow().status()).isEqualTo(LinkStatus.CANCELLED);
    }

    @Test
    void a_reschedule_stored_while_the_meeting_is_made_moves_the_new_meeting_to_the_new_time() {
        h.connectGoogle();
        h.provider.whileCreating(
                () -> h.reschedule.reschedule(moveTo("ev-2", "2026-12-05T09:00:00Z", ChangeOrder.unstated())));

        h.confirm(confirmation("ev-1", "s-1"));

        assertThat(h.provider.creates)
                .singleElement()
                .satisfies(r -> assertThat(r.startsAt()).isEqualTo(Instant.parse("2026-12-01T15:00:00Z")));
        assertThat(h.provider.updateRequests)
                .singleElement()
                .satisfies(r -> assertThat(r.startsAt()).isEqualTo(Instant.parse("2026-12-05T09:00:00Z")));
        assertThat(h.db.locked()).contains(S1);
    }

    @Test
    void a_meeting_an_unanswered_create_made_before_a_reschedule_is_moved_when_a_later_run_adopts_it() {
        h.connect(org.meetlinks.domain.Platform.ZOOM);
        h.provider.failNext(FakeProvider.unanswered());
        h.provider.latency = java.time.Duration.ofSeconds(5); // past the first run's budget: no retry within it
        h.confirm(confirmation("ev-1", "s-1"));
        h.provider.latency = java.time.Duration.ZERO;
        h.reschedule.reschedule(moveTo("ev-2", "2026-12-05T09:00:00Z", ChangeOrder.unstated()));
        assertThat(h.provider.updateRequests).as("no meeting was stored yet").isEmpty();

        h.clock.advance(java.time.Duration.ofMinutes(1));
        h.sweep.retryDueLinks();

        assertThat(h.provider.creates)
                .last()
                .satisfies(r -> assertThat(r.meetingMayExist()).isTrue());
        assertThat(h.provider.updateRequests)
                .singleElement()
                .satisfies(r -> assertThat(r.startsAt()).isEqualTo(Instant.parse("2026-12-05T09:00:00Z")));
    }
}
