package org.meetlinks.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meetlinks.application.service.Harness.confirmation;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meetlinks.application.port.in.NotFoundException;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.Notification;
import org.meetlinks.application.port.out.NotificationKind;
import org.meetlinks.application.port.out.ScheduledMeeting;
import org.meetlinks.domain.ConnectionStatus;
import org.meetlinks.domain.JoinToken;
import org.meetlinks.domain.LinkCheckOutcome;
import org.meetlinks.domain.LinkCheckSchedule;
import org.meetlinks.domain.LinkStatus;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.ProviderConnection;
import org.meetlinks.domain.SessionId;

/** The check before every session: due at each lead time once, and what each finding leads to. */
class LinkCheckServiceTest {
    private static final Instant START = Instant.parse("2026-12-01T15:00:00Z");
    private static final SessionId S1 = new SessionId("s-1");
    private final Harness h = new Harness();
    private final FakeLinkChecks checks = new FakeLinkChecks(h);
    private final MeetingRepairsPorts repairPorts =
            new MeetingRepairsPorts(h.db, h.db, h.db, h.provider, h.queue, h.db, h.settings);
    private final LinkCheckService service = LinkCheckService.create(
            checks, h.db.store(), checks, checks, checks, repairPorts, LinkCheckSchedule.parse("PT24H,PT1H"), h.clock);
    private ProviderConnection google;

    @BeforeEach
    void confirmedWithAMeetLink() {
        google = h.connectGoogle();
        h.confirm(confirmation("ev-1", "s-1"));
        checks.track("s-1");
        assertThat(link().status()).isEqualTo(LinkStatus.ACTIVE);
    }

    @Test
    void each_session_is_checked_once_per_lead_time_and_not_before_the_first() {
        at(START.minus(Duration.ofHours(25)));
        assertThat(service.checkDueLinks()).isZero();

        at(START.minus(Duration.ofHours(24)));
        assertThat(service.checkDueLinks()).isEqualTo(1);
        h.clock.advance(Duration.ofMinutes(1));
        assertThat(service.checkDueLinks()).isZero();

        at(START.minus(Duration.ofHours(1)));
        assertThat(service.checkDueLinks()).isEqualTo(1);
        assertThat(service.checkDueLinks()).isZero();

        assertThat(checks.reads).hasSize(2);
        assertThat(checks.counted).containsExactly("GOOGLE_MEET:OK", "GOOGLE_MEET:OK");
    }

    @Test
    void a_deleted_meeting_is_made_anew_behind_the_same_join_url_and_both_people_are_told_once() {
        JoinToken token = link().joinToken();
        String lost = link().snapshot().externalMeetingId().orElseThrow();
        checks.answers.add(new FakeLinkChecks.Answer(Optional.empty(), null));
        int before = h.provider.createCount();

        assertThat(service.checkNow(S1).outcome()).isEqualTo(LinkCheckOutcome.RECREATED);

        assertThat(h.provider.createCount()).isEqualTo(before + 1);
        assertThat(link().status()).isEqualTo(LinkStatus.ACTIVE);
        assertThat(link().joinToken()).isEqualTo(token);
        assertThat(link().snapshot().externalMeetingId()).isPresent().isNotEqualTo(Optional.of(lost));
        assertThat(linkUpdates()).hasSize(2);

        new ProviderMeetingChangeService(checks, h.db.store(), repairPorts, h.clock)
                .meetingDeleted(Platform.GOOGLE_MEET, lost);
        assertThat(linkUpdates()).as("the same lost meeting tells nobody twice").hasSize(2);
        assertThat(checks.counted).containsExactly("GOOGLE_MEET:RECREATED");
    }

    @Test
    void a_meeting_moved_at_the_provider_is_put_back_to_the_booked_time() {
        checks.answers.add(new FakeLinkChecks.Answer(
                Optional.of(new ScheduledMeeting(START.plus(Duration.ofHours(2)), START.plus(Duration.ofHours(3)))),
                null));

        assertThat(service.checkNow(S1).outcome()).isEqualTo(LinkCheckOutcome.MOVED_BACK);

        assertThat(h.provider.updates).hasSize(1);
        assertThat(h.provider.updates.get(0).externalMeetingId())
                .isEqualTo(link().snapshot().externalMeetingId().orElseThrow());
        assertThat(link().status()).isEqualTo(LinkStatus.ACTIVE);
    }

    @Test
    void a_refused_grant_asks_the_mentor_to_reconnect_once_however_often_it_is_checked() {
        for (int i = 0; i < 2; i++) {
            checks.answers.add(new FakeLinkChecks.Answer(
                    Optional.empty(),
                    new MeetingProviderException(
                            MeetingProviderException.Kind.AUTH, Platform.GOOGLE_MEET, "invalid_grant")));
        }

        assertThat(service.checkNow(S1).outcome()).isEqualTo(LinkCheckOutcome.RECONNECT_NEEDED);
        assertThat(service.checkNow(S1).outcome()).isEqualTo(LinkCheckOutcome.RECONNECT_NEEDED);

        assertThat(google.status()).isEqualTo(ConnectionStatus.NEEDS_RECONNECT);
        assertThat(h.db.notifications())
                .filteredOn(n -> n.kind() == NotificationKind.RECONNECT_PROVIDER)
                .hasSize(1);
        assertThat(link().status()).as("the meeting itself is still there").isEqualTo(LinkStatus.ACTIVE);
    }

    @Test
    void a_provider_outage_is_reported_and_changes_nothing() {
        checks.answers.add(new FakeLinkChecks.Answer(
                Optional.empty(),
                new MeetingProviderException(MeetingProviderException.Kind.TRANSIENT, Platform.GOOGLE_MEET, "503")));

        var view = service.checkNow(S1);

        assertThat(view.outcome()).isEqualTo(LinkCheckOutcome.UNAVAILABLE);
        assertThat(view.detail()).contains("503");
        assertThat(link().status()).isEqualTo(LinkStatus.ACTIVE);
        assertThat(checks.counted).containsExactly("GOOGLE_MEET:UNAVAILABLE");
    }

    @Test
    void a_zoom_move_that_echoes_the_booked_time_changes_nothing() {
        ProviderMeetingChangeService changes =
                new ProviderMeetingChangeService(checks, h.db.store(), repairPorts, h.clock);
        String meeting = link().snapshot().externalMeetingId().orElseThrow();

        assertThat(changes.meetingMoved(Platform.GOOGLE_MEET, meeting, START)).isFalse();
        assertThat(changes.meetingMoved(Platform.GOOGLE_MEET, meeting, START.plusMillis(999)))
                .as("whole seconds")
                .isFalse();
        assertThat(changes.meetingMoved(Platform.GOOGLE_MEET, meeting, START.plusSeconds(3600)))
                .isTrue();
        assertThat(changes.meetingMoved(Platform.GOOGLE_MEET, "unknown", START.plusSeconds(3600)))
                .isFalse();
        assertThat(h.provider.updates).hasSize(1);
    }

    @Test
    void a_session_without_a_provider_meeting_cannot_be_checked() {
        assertThatThrownBy(() -> service.checkNow(new SessionId("s-404"))).isInstanceOf(NotFoundException.class);
    }

    private java.util.List<Notification> linkUpdates() {
        return h.db.notifications().stream()
                .filter(n -> n.kind() == NotificationKind.LINK_UPDATED)
                .toList();
    }

    private MeetingLink link() {
        return h.db.loadLinkForSession(S1).orElseThrow();
    }

    private void at(Instant instant) {
        h.clock.advance(Duration.between(h.clock.instant(), instant));
    }
}
