package org.meetlinks.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetlinks.application.service.Harness.confirmation;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.meetlinks.application.port.in.BookingOutcome;
import org.meetlinks.application.port.out.MeetingProviderException.Kind;
import org.meetlinks.application.port.out.Notification;
import org.meetlinks.application.port.out.NotificationKind;
import org.meetlinks.domain.ConnectionStatus;
import org.meetlinks.domain.LinkStatus;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.SessionId;

class ConfirmSessionServiceTest {
    private final Harness h = new Harness();

    @Test
    void a_mentor_without_accounts_gets_a_placeholder_and_is_asked_for_a_manual_link() {
        BookingOutcome outcome = h.confirm.confirm(confirmation("ev-1", "s-1"));

        assertThat(outcome.duplicate()).isFalse();
        assertThat(outcome.meetingLink().status()).isEqualTo(LinkStatus.AWAITING_MANUAL_LINK);
        assertThat(outcome.meetingLink().joinUrl()).matches("https://links\\.example\\.org/join/[A-Za-z0-9_-]{43}");
        assertThat(outcome.meetingLink().url()).isEmpty();
        assertThat(kinds()).containsExactlyInAnyOrder(NotificationKind.SESSION_CONFIRMED,
                NotificationKind.SESSION_CONFIRMED, NotificationKind.ADD_LINK_MANUALLY);
        assertThat(h.provider.createCount()).isZero();
    }

    @Test
    void a_connected_google_account_gives_an_active_meet_link() {
        h.connectGoogle();
        BookingOutcome outcome = h.confirm.confirm(confirmation("ev-1", "s-1"));

        assertThat(outcome.meetingLink().status()).isEqualTo(LinkStatus.ACTIVE);
        assertThat(outcome.meetingLink().platform()).contains(Platform.GOOGLE_MEET);
        assertThat(outcome.meetingLink().url().orElseThrow()).startsWith("https://meet.google.com/");
        assertThat(outcome.meetingLink().creatorId()).contains("m-1");
        assertThat(h.provider.creates).singleElement().extracting(r -> r.sessionId().value()).isEqualTo("s-1");
    }

    @Test
    void the_same_event_twice_makes_one_meeting_and_reports_the_duplicate() {
        h.connectGoogle();
        BookingOutcome first = h.confirm.confirm(confirmation("ev-1", "s-1"));
        BookingOutcome again = h.confirm.confirm(confirmation("ev-1", "s-1"));

        assertThat(again.duplicate()).isTrue();
        assertThat(again.meetingLink()).isEqualTo(first.meetingLink());
        assertThat(h.provider.createCount()).isEqualTo(1);
    }

    @Test
    void a_second_confirmation_of_a_session_with_a_new_event_id_makes_no_second_meeting() {
        h.connectGoogle();
        h.confirm.confirm(confirmation("ev-1", "s-1"));
        h.confirm.confirm(confirmation("ev-2", "s-1"));
        assertThat(h.provider.createCount()).isEqualTo(1);
        assertThat(kinds()).hasSize(2);
    }

    @Test
    void two_deliveries_racing_each_other_call_the_provider_once() throws Exception {
        h.connectGoogle();
        CountDownLatch release = new CountDownLatch(1);
        h.provider.holdCreatesUntil(release);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<BookingOutcome> a = pool.submit(() -> h.confirm.confirm(confirmation("ev-1", "s-1")));
            Future<BookingOutcome> b = pool.submit(() -> h.confirm.confirm(confirmation("ev-2", "s-1")));
            Thread.sleep(200);
            release.countDown();
            a.get();
            b.get();
        } finally {
            pool.shutdownNow();
        }
        assertThat(h.provider.createCount()).isEqualTo(1);
        assertThat(h.db.link(new SessionId("s-1")).status()).isEqualTo(LinkStatus.ACTIVE);
    }

    @Test
    void the_time_to_link_counts_from_the_confirmation_with_retries_included() {
        h.connectGoogle();
        h.provider.failNext(Kind.TRANSIENT);
        h.confirm.confirm(confirmation("ev-1", "s-1"));
        h.clock.advance(Duration.ofSeconds(31));
        h.generator.retryDueLinks();

        assertThat(h.observed.failures).containsExactly(Kind.TRANSIENT);
        assertThat(h.observed.timesToLink).containsExactly(Duration.ofSeconds(31));
    }

    @Test
    void a_transient_failure_leaves_a_placeholder_and_a_later_retry_upgrades_it() {
        h.connectGoogle();
        h.provider.failNext(Kind.TRANSIENT);
        BookingOutcome outcome = h.confirm.confirm(confirmation("ev-1", "s-1"));
        assertThat(outcome.meetingLink().status()).isEqualTo(LinkStatus.AWAITING_MANUAL_LINK);
        assertThat(outcome.meetingLink().failureReason().orElseThrow()).contains("Google");

        assertThat(h.generator.retryDueLinks()).isZero();
        h.clock.advance(Duration.ofSeconds(31));
        assertThat(h.generator.retryDueLinks()).isEqualTo(1);

        assertThat(h.db.link(new SessionId("s-1")).status()).isEqualTo(LinkStatus.ACTIVE);
        assertThat(kinds()).containsExactlyInAnyOrder(NotificationKind.SESSION_CONFIRMED,
                NotificationKind.SESSION_CONFIRMED, NotificationKind.ADD_LINK_MANUALLY,
                NotificationKind.LINK_UPDATED, NotificationKind.LINK_UPDATED);
    }

    @Test
    void retries_back_off_exponentially_and_stop_before_the_session_starts() {
        h.connectGoogle();
        h.provider.failNext(Kind.TRANSIENT);
        h.confirm.confirm(confirmation("ev-1", "s-1"));
        h.provider.failNext(Kind.TRANSIENT);
        h.clock.advance(Duration.ofSeconds(31));
        h.generator.retryDueLinks();
        assertThat(h.db.link(new SessionId("s-1")).nextAttemptAt()).contains(h.clock.instant().plusSeconds(60));
    }

    @Test
    void a_dead_grant_marks_the_connection_and_prompts_one_reconnect_for_many_sessions() {
        var google = h.connectGoogle();
        h.provider.failNext(Kind.AUTH);
        h.confirm.confirm(confirmation("ev-1", "s-1"));
        h.confirm.confirm(confirmation("ev-2", "s-2"));

        assertThat(google.status()).isEqualTo(ConnectionStatus.NEEDS_RECONNECT);
        assertThat(kinds()).filteredOn(k -> k == NotificationKind.RECONNECT_PROVIDER).hasSize(1);
        assertThat(h.db.link(new SessionId("s-1")).failureReason().orElseThrow()).contains("reconnect");
        assertThat(h.db.link(new SessionId("s-2")).status()).isEqualTo(LinkStatus.AWAITING_MANUAL_LINK);
        assertThat(h.provider.createCount()).isEqualTo(1);
    }

    @Test
    void a_meeting_made_after_the_session_was_cancelled_is_deleted_again() {
        h.connectGoogle();
        h.provider.whileCreating(() -> h.cancel.cancel(
                new org.meetlinks.application.port.in.CancelSessionCommand(
                        new org.meetlinks.application.port.in.EventId("ev-c"), new SessionId("s-1"))));
        h.confirm.confirm(confirmation("ev-1", "s-1"));

        assertThat(h.db.link(new SessionId("s-1")).status()).isEqualTo(LinkStatus.CANCELLED);
        assertThat(h.provider.deletes).singleElement().extracting(m -> m.externalMeetingId()).isEqualTo("evt1");
    }

    private List<NotificationKind> kinds() {
        return h.db.notifications().stream().map(Notification::kind).toList();
    }
}
