package org.meetlinks.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meetlinks.application.service.Harness.ADA_VIEWER;
import static org.meetlinks.application.service.Harness.BO_VIEWER;
import static org.meetlinks.application.service.Harness.STRANGER;
import static org.meetlinks.application.service.Harness.confirmation;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.meetlinks.application.port.in.BookingOutcome;
import org.meetlinks.application.port.in.CancelSessionCommand;
import org.meetlinks.application.port.in.EventId;
import org.meetlinks.application.port.in.ForbiddenException;
import org.meetlinks.application.port.in.JoinDestination;
import org.meetlinks.application.port.in.MeetingLinkView;
import org.meetlinks.application.port.in.NotFoundException;
import org.meetlinks.application.port.in.RescheduleSessionCommand;
import org.meetlinks.application.port.in.SetManualLinkCommand;
import org.meetlinks.application.port.out.NotificationKind;
import org.meetlinks.domain.LinkStatus;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.SessionId;

class SessionChangesTest {
    private static final SessionId S1 = new SessionId("s-1");
    private final Harness h = new Harness();

    private RescheduleSessionCommand moveTo(String eventId, String start) {
        Instant startsAt = Instant.parse(start);
        return new RescheduleSessionCommand(
                new EventId(eventId), S1, startsAt, startsAt.plusSeconds(3600), ZoneId.of("Europe/Berlin"));
    }

    @Test
    void rescheduling_updates_the_provider_meeting_and_queues_new_invites_once() {
        h.connectGoogle();
        h.confirm(confirmation("ev-1", "s-1"));
        BookingOutcome moved = h.reschedule.reschedule(moveTo("ev-2", "2026-12-03T15:00:00Z"));
        BookingOutcome again = h.reschedule.reschedule(moveTo("ev-2", "2026-12-03T15:00:00Z"));

        assertThat(moved.duplicate()).isFalse();
        assertThat(again.duplicate()).isTrue();
        assertThat(h.provider.updates).hasSize(1);
        assertThat(h.db.loadSession(S1).orElseThrow().sequence()).isEqualTo(1);
        assertThat(h.db.notifications())
                .filteredOn(n -> n.kind() == NotificationKind.SESSION_RESCHEDULED)
                .hasSize(2)
                .allMatch(n -> n.sequence() == 1);
    }

    @Test
    void a_manual_link_that_replaces_a_provider_meeting_deletes_it_at_the_provider() {
        h.connectGoogle();
        h.confirm(confirmation("ev-1", "s-1"));
        String made = h.db.loadLinkForSession(S1)
                .orElseThrow()
                .snapshot()
                .externalMeetingId()
                .orElseThrow();

        h.manual.setManualLink(SetManualLinkCommand.of(S1, "https://whereby.com/ada", ADA_VIEWER));
        h.manual.setManualLink(SetManualLinkCommand.of(S1, "https://whereby.com/ada-2", ADA_VIEWER));

        assertThat(h.provider.deletes)
                .singleElement()
                .satisfies(d -> assertThat(d.externalMeetingId()).isEqualTo(made));
        h.cancel.cancel(new CancelSessionCommand(new EventId("ev-3"), S1));
        assertThat(h.provider.deletes).hasSize(1);
    }

    @Test
    void cancelling_ends_the_link_even_when_the_provider_delete_fails() {
        h.connectGoogle();
        h.confirm(confirmation("ev-1", "s-1"));
        h.provider.failDeletes = true;
        BookingOutcome cancelled = h.cancel.cancel(new CancelSessionCommand(new EventId("ev-3"), S1));

        assertThat(cancelled.meetingLink().orElseThrow().status()).isEqualTo(LinkStatus.CANCELLED);
        assertThat(h.provider.deletes).hasSize(1);
        assertThat(h.queriesResolve()).isInstanceOf(JoinDestination.Cancelled.class);
        assertThat(h.cancel
                        .cancel(new CancelSessionCommand(new EventId("ev-4"), S1))
                        .duplicate())
                .isTrue();
        assertThat(h.provider.deletes).hasSize(1);
    }

    @Test
    void the_join_url_answers_expired_thirty_days_after_the_session_ended() {
        h.confirm(confirmation("ev-1", "s-1"));
        h.manual.setManualLink(SetManualLinkCommand.of(S1, "https://whereby.com/ada", ADA_VIEWER));
        java.time.Instant ended =
                h.db.store().sessions().loadSession(S1).orElseThrow().endsAt();

        h.clock.advance(java.time.Duration.between(h.clock.instant(), ended.plus(java.time.Duration.ofDays(30))));
        assertThat(h.queriesResolve()).isEqualTo(new JoinDestination.Meeting("https://whereby.com/ada"));
        h.clock.advance(java.time.Duration.ofSeconds(1));
        assertThat(h.queriesResolve())
                .isInstanceOfSatisfying(
                        JoinDestination.Expired.class,
                        expired -> assertThat(expired.endedAt()).isEqualTo(ended));
    }

    @Test
    void the_join_url_waits_then_redirects_once_the_mentor_adds_a_link() {
        h.confirm(confirmation("ev-1", "s-1"));
        assertThat(h.queriesResolve()).isInstanceOf(JoinDestination.NotReady.class);

        MeetingLinkView view =
                h.manual.setManualLink(SetManualLinkCommand.of(S1, "https://whereby.com/ada", ADA_VIEWER));

        assertThat(view.status()).isEqualTo(LinkStatus.ACTIVE);
        assertThat(view.platform()).contains(Platform.MANUAL);
        assertThat(h.queriesResolve()).isEqualTo(new JoinDestination.Meeting("https://whereby.com/ada"));
        assertThat(h.db.notifications())
                .filteredOn(n -> n.kind() == NotificationKind.LINK_UPDATED)
                .hasSize(2);
    }

    @Test
    void only_the_mentor_sets_the_link_and_strangers_do_not_learn_the_session_exists() {
        h.confirm(confirmation("ev-1", "s-1"));
        assertThatThrownBy(() -> h.manual.setManualLink(SetManualLinkCommand.of(S1, "https://x.org/a", BO_VIEWER)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> h.manual.setManualLink(SetManualLinkCommand.of(S1, "https://x.org/a", STRANGER)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> h.queries.getMeetingLink(S1, STRANGER)).isInstanceOf(NotFoundException.class);
        assertThat(h.queries.getMeetingLink(S1, BO_VIEWER).sessionId()).isEqualTo("s-1");
    }

    @Test
    void the_mentee_reads_a_status_written_for_them_and_no_internal_failure_reason_or_creator() {
        h.confirm(confirmation("ev-1", "s-1")); // no account connected: the mentor must add a link

        MeetingLinkView mentor = h.queries.getMeetingLink(S1, ADA_VIEWER);
        MeetingLinkView mentee = h.queries.getMeetingLink(S1, BO_VIEWER);

        assertThat(mentor.failureReason()).isPresent();
        assertThat(mentor.statusText()).isEqualTo("Waiting for your manual link");
        assertThat(mentee.failureReason()).isEmpty();
        assertThat(mentee.creatorId()).isEmpty();
        assertThat(mentee.statusText()).isEqualTo("Waiting for the mentor's manual link");
        assertThat(mentee.joinUrl()).isEqualTo(mentor.joinUrl());
    }

    @Test
    void malformed_or_unknown_join_tokens_are_not_found() {
        assertThatThrownBy(() -> h.queries.resolve("../etc")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> h.queries.resolve("A".repeat(43))).isInstanceOf(NotFoundException.class);
    }
}
