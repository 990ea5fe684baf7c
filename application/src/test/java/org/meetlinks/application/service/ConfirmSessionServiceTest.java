package org.meetlinks.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetlinks.application.service.Harness.confirmation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meetlinks.application.port.in.BookingOutcome;
import org.meetlinks.application.port.in.CancelSessionCommand;
import org.meetlinks.application.port.in.ConfirmSessionCommand;
import org.meetlinks.application.port.in.EventId;
import org.meetlinks.application.port.out.MeetingProviderException.Kind;
import org.meetlinks.application.port.out.Notification;
import org.meetlinks.application.port.out.NotificationKind;
import org.meetlinks.domain.ConnectionStatus;
import org.meetlinks.domain.FailureKind;
import org.meetlinks.domain.LinkStatus;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.SessionId;

class ConfirmSessionServiceTest {
    private static final SessionId S1 = new SessionId("s-1");
    private final Harness h = new Harness();

    @Test
    void a_mentor_without_accounts_gets_a_placeholder_and_is_asked_for_a_manual_link() {
        BookingOutcome outcome = h.confirm(confirmation("ev-1", "s-1"));

        assertThat(outcome.duplicate()).isFalse();
        assertThat(outcome.meetingLink().orElseThrow().status()).isEqualTo(LinkStatus.AWAITING_MANUAL_LINK);
        assertThat(outcome.meetingLink().orElseThrow().joinUrl())
                .matches("https://links\\.example\\.org/join/[A-Za-z0-9_-]{43}");
        assertThat(outcome.meetingLink().orElseThrow().url()).isEmpty();
        assertThat(kinds())
                .containsExactlyInAnyOrder(
                        NotificationKind.SESSION_CONFIRMED,
                        NotificationKind.SESSION_CONFIRMED,
                        NotificationKind.ADD_LINK_MANUALLY);
        assertThat(h.provider.createCount()).isZero();
    }

    @Test
    void a_connected_google_account_gives_an_active_meet_link() {
        h.connectGoogle();
        BookingOutcome outcome = h.confirm(confirmation("ev-1", "s-1"));

        assertThat(outcome.meetingLink().orElseThrow().status()).isEqualTo(LinkStatus.ACTIVE);
        assertThat(outcome.meetingLink().orElseThrow().platform()).contains(Platform.GOOGLE_MEET);
        assertThat(outcome.meetingLink().orElseThrow().url().orElseThrow()).startsWith("https://meet.google.com/");
        assertThat(outcome.meetingLink().orElseThrow().creatorId()).contains("m-1");
        assertThat(h.provider.creates)
                .singleElement()
                .extracting(r -> r.sessionId().value())
                .isEqualTo("s-1");
    }

    @Test
    void without_a_wait_the_answer_is_the_link_as_the_intake_stored_it() {
        h.pool.full = true; // the run waits for the sweep: only the intake touches the link here
        int readsBefore = h.db.linkReads();
        BookingOutcome outcome = h.confirmWithoutWait(confirmation("ev-1", "s-1"));

        assertThat(outcome.meetingLink().orElseThrow().status()).isEqualTo(LinkStatus.PENDING);
        assertThat(outcome.meetingLink().orElseThrow().joinUrl())
                .isEqualTo(h.settings.joinUrl(h.db.link(S1).joinToken().value()));
        assertThat(h.db.linkReads() - readsBefore)
                .as("the intake answers with the link it stored, unread")
                .isZero();
    }

    @Test
    void the_first_run_ends_within_the_confirmations_time_budget() {
        h.connectGoogle();
        h.confirm(confirmation("ev-1", "s-1"));
        Instant confirmedAt = h.db.link(S1).createdAt();
        assertThat(h.provider.creates)
                .singleElement()
                .extracting(r -> r.deadline())
                .isEqualTo(confirmedAt.plus(h.generation.firstRunBudget()));
    }

    @Test
    void the_same_event_twice_makes_one_meeting_and_reports_the_duplicate() {
        h.connectGoogle();
        BookingOutcome first = h.confirm(confirmation("ev-1", "s-1"));
        BookingOutcome again = h.confirm(confirmation("ev-1", "s-1"));

        assertThat(again.duplicate()).isTrue();
        assertThat(again.meetingLink()).isEqualTo(first.meetingLink());
        assertThat(h.provider.createCount()).isEqualTo(1);
    }

    @Test
    void a_second_confirmation_of_a_session_with_a_new_event_id_makes_no_second_meeting() {
        h.connectGoogle();
        h.confirm(confirmation("ev-1", "s-1"));
        h.confirm(confirmation("ev-2", "s-1"));
        assertThat(h.provider.createCount()).isEqualTo(1);
        assertThat(kinds()).hasSize(2);
    }

    @Test
    void a_second_run_started_while_the_first_is_calling_the_provider_does_not_call_it() {
        // Fails if the claim's lease did not keep a second run (another delivery, the sweep, another instance) out.
        h.connectGoogle();
        h.provider.whileCreating(() -> {
            h.provider.whileCreating(() -> {});
            h.generator.generate(S1);
        });
        h.confirm(confirmation("ev-1", "s-1"));

        assertThat(h.provider.createCount()).isEqualTo(1);
        assertThat(h.db.link(S1).status()).isEqualTo(LinkStatus.ACTIVE);
    }

    @Test
    void a_provider_that_fails_twice_then_answers_gives_the_link_within_the_budget_and_no_email_to_the_mentor() {
        h.connectGoogle();
        h.provider.latency = Duration.ofMillis(300);
        h.provider.failNext(Kind.TRANSIENT, 2);
        h.confirm(confirmation("ev-1", "s-1"));

        MeetingLink link = h.db.link(S1);
        assertThat(link.status()).isEqualTo(LinkStatus.ACTIVE);
        assertThat(h.provider.createCount()).isEqualTo(3);
        assertThat(h.observed.failures).containsExactly(FailureKind.TRANSIENT, FailureKind.TRANSIENT);
        assertThat(h.observed.timesToLink)
                .singleElement()
                .satisfies(t -> assertThat(t).isLessThanOrEqualTo(h.generation.firstRunBudget()));
        assertThat(kinds()).containsOnly(NotificationKind.SESSION_CONFIRMED);
    }

    @Test
    void a_rate_limit_waits_the_providers_retry_after_within_the_run() {
        h.connectGoogle();
        h.provider.failNext(new org.meetlinks.application.port.out.MeetingProviderException(
                Kind.RATE_LIMITED, Platform.GOOGLE_MEET, "slow down", Duration.ofSeconds(1), null));
        h.confirm(confirmation("ev-1", "s-1"));

        assertThat(h.pauses).containsExactly(Duration.ofSeconds(1));
        assertThat(h.db.link(S1).status()).isEqualTo(LinkStatus.ACTIVE);
    }

    @Test
    void an_outage_longer_than_the_budget_keeps_the_placeholder_and_retries_in_the_background_without_email() {
        h.connectGoogle();
        h.provider.latency = Duration.ofSeconds(1);
        h.provider.failNext(Kind.TRANSIENT, 10);
        BookingOutcome outcome = h.confirm(confirmation("ev-1", "s-1"));

        assertThat(outcome.meetingLink().orElseThrow().status()).isEqualTo(LinkStatus.PENDING);
        assertThat(h.provider.createCount()).isEqualTo(4);
        MeetingLink link = h.db.link(S1);
        assertThat(link.generation().nextAttemptAt()).contains(h.clock.instant().plusSeconds(2));
        assertThat(link.generation().lastFailure()).contains(FailureKind.TRANSIENT);
        assertThat(kinds()).containsOnly(NotificationKind.SESSION_CONFIRMED);

        h.clock.advance(Duration.ofSeconds(2));
        h.provider.latency = Duration.ZERO;
        h.provider.failNext(Kind.TRANSIENT, 0);
        while (h.db.link(S1).status() != LinkStatus.ACTIVE) {
            h.clock.advance(Duration.ofSeconds(20));
            assertThat(h.sweep.retryDueLinks()).isEqualTo(1);
        }
        assertThat(h.observed.timesToLink).hasSize(1);
        assertThat(kinds()).containsOnly(NotificationKind.SESSION_CONFIRMED);
    }

    @Test
    void an_outage_that_lasts_past_the_configured_time_asks_the_mentor_exactly_once() {
        h.connectGoogle();
        h.provider.failNext(Kind.TRANSIENT, 10_000);
        h.confirm(confirmation("ev-1", "s-1"));
        Instant until = h.clock.instant().plus(Duration.ofMinutes(40));
        while (h.clock.instant().isBefore(until)) {
            h.clock.advance(Duration.ofSeconds(30));
            h.sweep.retryDueLinks();
        }

        assertThat(kinds())
                .filteredOn(k -> k == NotificationKind.ADD_LINK_MANUALLY)
                .hasSize(1);
        MeetingLink link = h.db.link(S1);
        assertThat(link.status()).isEqualTo(LinkStatus.AWAITING_MANUAL_LINK);
        assertThat(link.generation().mentorAskedAt().orElseThrow())
                .isBetween(
                        link.createdAt().plus(Duration.ofMinutes(15)),
                        link.createdAt().plus(Duration.ofMinutes(16)));
        assertThat(link.generation().nextAttemptAt()).isPresent();
    }

    @Test
    void a_refusal_asks_the_mentor_at_once() {
        h.connectGoogle();
        h.provider.failNext(Kind.PERMANENT);
        h.confirm(confirmation("ev-1", "s-1"));

        assertThat(h.db.link(S1).status()).isEqualTo(LinkStatus.AWAITING_MANUAL_LINK);
        assertThat(h.provider.createCount()).isEqualTo(1);
        assertThat(kinds()).contains(NotificationKind.ADD_LINK_MANUALLY);
    }

    @Test
    void a_session_starting_within_the_margin_asks_the_mentor_once_failures_lasted_a_tenth_of_the_time_left() {
        h.connectGoogle();
        h.provider.failNext(Kind.TRANSIENT, 10_000);
        Instant confirmedAt = h.clock.instant();
        Instant start = confirmedAt.plus(Duration.ofMinutes(90));
        h.confirm(new ConfirmSessionCommand(
                new EventId("ev-1"),
                S1,
                confirmation("x", "s-1").mentor(),
                confirmation("x", "s-1").mentee(),
                start,
                start.plus(Duration.ofHours(1)),
                ZoneId.of("Europe/Berlin"),
                "Soon"));

        assertThat(h.db.link(S1).status()).isEqualTo(LinkStatus.PENDING);
        assertThat(kinds()).doesNotContain(NotificationKind.ADD_LINK_MANUALLY);
        Instant until = confirmedAt.plus(Duration.ofMinutes(12));
        while (h.clock.instant().isBefore(until)) {
            h.clock.advance(Duration.ofSeconds(30));
            h.sweep.retryDueLinks();
        }

        assertThat(h.db.link(S1).status()).isEqualTo(LinkStatus.AWAITING_MANUAL_LINK);
        assertThat(kinds())
                .filteredOn(k -> k == NotificationKind.ADD_LINK_MANUALLY)
                .hasSize(1);
        assertThat(h.db.link(S1).generation().mentorAskedAt().orElseThrow())
                .isBetween(confirmedAt.plus(Duration.ofMinutes(9)), confirmedAt.plus(Duration.ofMinutes(10)));
    }

    @Test
    void a_dead_grant_gives_one_reconnect_prompt_for_many_sessions_and_no_add_a_link_emails() {
        var google = h.connectGoogle();
        h.provider.failNext(Kind.AUTH);
        h.confirm(confirmation("ev-1", "s-1"));
        h.confirm(confirmation("ev-2", "s-2"));
        h.confirm(confirmation("ev-3", "s-3"));

        assertThat(google.status()).isEqualTo(ConnectionStatus.NEEDS_RECONNECT);
        assertThat(kinds())
                .filteredOn(k -> k == NotificationKind.RECONNECT_PROVIDER)
                .hasSize(1);
        assertThat(kinds()).doesNotContain(NotificationKind.ADD_LINK_MANUALLY);
        assertThat(h.db.link(new SessionId("s-3")).status()).isEqualTo(LinkStatus.AWAITING_MANUAL_LINK);
        assertThat(h.db.link(new SessionId("s-3")).generation().lastFailure()).contains(FailureKind.AUTH);
        assertThat(h.provider.createCount()).isEqualTo(1);
    }

    @Test
    void a_refused_grant_moves_the_run_to_the_mentors_other_account() {
        h.connect(Platform.ZOOM);
        h.connectGoogle();
        h.db.prefer(new org.meetlinks.domain.MentorPreference(Harness.ADA, Platform.ZOOM));
        h.provider.failNext(Kind.AUTH);
        h.confirm(confirmation("ev-1", "s-1"));

        assertThat(h.provider.creates)
                .extracting(r -> r.platform())
                .containsExactly(Platform.ZOOM, Platform.GOOGLE_MEET);
        assertThat(h.db.link(S1).platform()).contains(Platform.GOOGLE_MEET);
        assertThat(kinds()).contains(NotificationKind.RECONNECT_PROVIDER);
    }

    @Test
    void an_unexpected_error_is_retried_a_capped_number_of_runs_then_the_mentor_is_asked() {
        h.connectGoogle();
        for (int i = 0; i < 20; i++) {
            h.provider.failNext(new IllegalStateException("a bug"));
        }
        h.confirm(confirmation("ev-1", "s-1"));
        assertThat(h.db.link(S1).status()).isEqualTo(LinkStatus.PENDING);
        assertThat(h.provider.createCount())
                .as("a bug is not retried within a run")
                .isEqualTo(1);

        for (int run = 2; run <= 3; run++) {
            h.clock.advance(Duration.ofMinutes(1));
            h.sweep.retryDueLinks();
        }
        MeetingLink link = h.db.link(S1);
        assertThat(link.generation().attempts()).isEqualTo(3);
        assertThat(link.status()).isEqualTo(LinkStatus.AWAITING_MANUAL_LINK);
        assertThat(link.generation().lastFailure()).contains(FailureKind.UNEXPECTED);
        assertThat(kinds())
                .filteredOn(k -> k == NotificationKind.ADD_LINK_MANUALLY)
                .hasSize(1);
    }

    @Test
    void a_full_pool_leaves_the_session_to_the_sweep_which_takes_it_after_the_intake_grace() {
        h.connectGoogle();
        h.pool.full = true;
        BookingOutcome outcome = h.confirm(confirmation("ev-1", "s-1"));
        assertThat(outcome.meetingLink().orElseThrow().status()).isEqualTo(LinkStatus.PENDING);
        assertThat(h.provider.createCount()).isZero();

        h.pool.full = false;
        assertThat(h.sweep.retryDueLinks()).isZero();
        h.clock.advance(h.generation.intakeGrace().plusMillis(1));
        assertThat(h.sweep.retryDueLinks()).isEqualTo(1);
        assertThat(h.db.link(S1).status()).isEqualTo(LinkStatus.ACTIVE);
    }

    @Test
    void the_intake_claims_the_first_run_so_a_confirmation_takes_two_transactions() {
        h.connectGoogle();
        int before = h.db.transactions();

        h.confirm(confirmation("ev-1", "s-1"));

        assertThat(h.db.link(S1).status()).isEqualTo(LinkStatus.ACTIVE);
        assertThat(h.db.link(S1).generation().attempts()).isEqualTo(1);
        assertThat(h.db.transactions() - before)
                .as("the intake (which claims the run) and the stored meeting, with no claim transaction between")
                .isEqualTo(2);
    }

    @Test
    void a_full_pool_gives_the_intakes_claim_back_so_the_sweep_runs_it_as_a_first_run() {
        h.connect(Platform.ZOOM);
        h.pool.full = true;

        h.confirm(confirmation("ev-1", "s-1"));

        MeetingLink link = h.db.link(S1);
        assertThat(link.generation().leaseUntil()).isEmpty();
        assertThat(link.generation().attempts()).isZero();
        assertThat(link.generation().meetingMayExist())
                .as("no create was sent, so none is looked for")
                .isFalse();
        h.pool.full = false;
        h.clock.advance(h.generation.intakeGrace().plusMillis(1));
        h.sweep.retryDueLinks();
        assertThat(h.provider.creates)
                .singleElement()
                .satisfies(r -> assertThat(r.meetingMayExist()).isFalse());
    }

    @Test
    void after_a_create_whose_answer_never_came_the_next_request_says_the_meeting_may_exist() {
        h.connectGoogle();
        h.provider.failNext(FakeProvider.unanswered());
        h.confirm(confirmation("ev-1", "s-1"));

        assertThat(h.provider.creates).extracting(r -> r.meetingMayExist()).containsExactly(false, true);
        assertThat(h.db.link(S1).status()).isEqualTo(LinkStatus.ACTIVE);
    }

    @Test
    void a_meeting_made_after_the_session_was_cancelled_is_deleted_again() {
        h.connectGoogle();
        h.provider.whileCreating(() -> h.cancel.cancel(new CancelSessionCommand(new EventId("ev-c"), S1)));
        h.confirm(confirmation("ev-1", "s-1"));

        assertThat(h.db.link(S1).status()).isEqualTo(LinkStatus.CANCELLED);
        assertThat(h.provider.deletes)
                .singleElement()
                .extracting(m -> m.externalMeetingId())
                .isEqualTo("evt1");
    }

    private List<NotificationKind> kinds() {
        return h.db.notifications().stream().map(Notification::kind).toList();
    }
}
