package org.meetlinks.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meetlinks.application.port.out.ConcurrentUpdateException;
import org.meetlinks.application.port.out.SessionWithLink;
import org.meetlinks.application.service.LinkStore;
import org.meetlinks.domain.FailureKind;
import org.meetlinks.domain.FailureResponse;
import org.meetlinks.domain.JoinToken;
import org.meetlinks.domain.LinkGeneration;
import org.meetlinks.domain.LinkStatus;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MeetingUrl;
import org.meetlinks.domain.MentorAction;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.SessionId;

/**
 * What every store of sessions and their links must do, run against the in-memory fake and PostgreSQL alike: one
 * link per session, a save from a stale copy refused (the claim of a run rests on it), and which links the sweep
 * finds due, longest due first.
 */
public abstract class MeetingLinksContract {
    protected static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant UNCLAIMED_BEFORE = NOW.minusSeconds(2);
    private static final Instant AHEAD = Instant.parse("2026-12-01T15:00:00Z");
    private static final Duration LEASE = Duration.ofSeconds(15);
    private LinkStore store;

    /** A store with no sessions in it. */
    protected abstract LinkStore newStore();

    @BeforeEach
    void openStore() {
        store = newStore();
    }

    @Test
    public void a_session_and_its_link_are_stored_once_however_often_they_are_inserted() {
        MentoringSession session = ConfirmedSessions.of("s-1", "m-1", "e-9", AHEAD);
        MeetingLink first = MeetingLink.pending(session.id(), JoinToken.random(), NOW);

        assertThat(store.saveSessions().insertSessionIfAbsent(session)).isTrue();
        assertThat(store.saveSessions().insertSessionIfAbsent(session))
                .as("a redelivered confirmation")
                .isFalse();
        assertThat(store.saveLinks().insertLinkIfAbsent(first)).isTrue();
        assertThat(store.saveLinks().insertLinkIfAbsent(MeetingLink.pending(session.id(), JoinToken.random(), NOW)))
                .as("a second link for the session")
                .isFalse();

        MeetingLink stored = store.links().loadLinkForSession(session.id()).orElseThrow();
        assertThat(stored.joinToken()).isEqualTo(first.joinToken());
        assertThat(stored.status()).isEqualTo(LinkStatus.PENDING);
        assertThat(stored.version()).isZero();
        assertThat(store.links().loadLinkByJoinToken(first.joinToken()).map(MeetingLink::sessionId))
                .contains(session.id());
        assertThat(store.links().loadLinkByJoinToken(JoinToken.random())).isEmpty();
        assertThat(store.sessions().loadSession(new SessionId("s-2"))).isEmpty();
    }

    @Test
    public void a_link_claimed_before_its_insert_is_stored_with_its_claim() {
        MentoringSession session = ConfirmedSessions.of("s-1", "m-1", "e-9", AHEAD);
        MeetingLink link = MeetingLink.pending(session.id(), JoinToken.random(), NOW);
        link.claimGeneration(NOW, Duration.ofSeconds(7));
        link.beginCreate();
        store.saveSessions().insertSessionIfAbsent(session);

        assertThat(store.saveLinks().insertLinkIfAbsent(link)).isTrue();

        LinkGeneration stored =
                store.links().loadLinkForSession(session.id()).orElseThrow().generation();
        assertThat(stored.attempts()).isEqualTo(1);
        assertThat(stored.leaseUntil()).contains(NOW.plusSeconds(7));
        assertThat(stored.meetingMayExist()).isTrue();
    }

    @Test
    public void a_claimed_link_is_read_back_with_its_lease_and_a_new_version() {
        MeetingLink link = pendingSince("s-1", AHEAD, NOW);

        assertThat(link.claimGeneration(NOW, LEASE)).isTrue();
        store.saveLinks().updateLink(link);

        MeetingLink stored = store.links().loadLinkForSession(link.sessionId()).orElseThrow();
        assertThat(stored.generation().leaseUntil()).contains(NOW.plus(LEASE));
        assertThat(stored.generation().attempts()).isEqualTo(1);
        assertThat(stored.version()).isEqualTo(link.version() + 1);
    }

    @Test
    public void of_two_runs_claiming_the_same_link_only_the_first_saves_its_claim() {
        pendingSince("s-1", AHEAD, NOW);
        MeetingLink first =
                store.links().loadLinkForSession(new SessionId("s-1")).orElseThrow();
        MeetingLink second =
                store.links().loadLinkForSession(new SessionId("s-1")).orElseThrow();
        assertThat(first.claimGeneration(NOW, LEASE)).isTrue();
        assertThat(second.claimGeneration(NOW.plusSeconds(1), LEASE)).isTrue();

        store.saveLinks().updateLink(first);

        assertThatThrownBy(() -> store.saveLinks().updateLink(second)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(store.links()
                        .loadLinkForSession(new SessionId("s-1"))
                        .orElseThrow()
                        .generation()
                        .leaseUntil())
                .contains(NOW.plus(LEASE));
    }

    @Test
    public void a_changed_session_is_read_back_changed() {
        MentoringSession session = ConfirmedSessions.of("s-1", "m-1", "e-9", AHEAD);
        store.saveSessions().insertSessionIfAbsent(session);

        session.reschedule(
                AHEAD.plus(Duration.ofDays(1)), AHEAD.plus(Duration.ofDays(1)).plusSeconds(1800), session.timeZone());
        store.saveSessions().updateSession(session);

        MentoringSession stored = store.sessions().loadSession(session.id()).orElseThrow();
        assertThat(stored.startsAt()).isEqualTo(AHEAD.plus(Duration.ofDays(1)));
        assertThat(stored.endsAt()).isEqualTo(AHEAD.plus(Duration.ofDays(1)).plusSeconds(1800));
        assertThat(stored.sequence()).isEqualTo(1);
    }

    @Test
    public void sessions_are_read_with_their_links_once_each_and_only_when_both_exist() {
        pendingSince("s-1", AHEAD, NOW);
        pendingSince("s-2", AHEAD, NOW);
        store.saveSessions().insertSessionIfAbsent(ConfirmedSessions.of("s-3", "m-1", "e-9", AHEAD));

        List<SessionWithLink> read = store.sessionsWithLinks()
                .loadSessionsWithLinks(List.of(
                        new SessionId("s-1"),
                        new SessionId("s-2"),
                        new SessionId("s-1"),
                        new SessionId("s-3"),
                        new SessionId("s-4")));

        assertThat(read).extracting(r -> r.session().id().value()).containsExactlyInAnyOrder("s-1", "s-2");
        assertThat(read)
                .allSatisfy(r -> assertThat(r.link().map(MeetingLink::sessionId))
                        .contains(r.session().id()));
        assertThat(store.sessionsWithLinks().loadSessionsWithLinks(List.of())).isEmpty();
    }

    @Test
    public void the_sweep_finds_the_links_whose_run_is_due_longest_due_first() {
        storeLinksInEveryState();

        List<SessionId> due = store.links().findSessionsDueForGeneration(NOW, UNCLAIMED_BEFORE, 50);

        assertThat(due)
                .extracting(SessionId::value)
                .containsExactly("crashed-run", "lease-ends-now", "never-started-old", "retry-due", "asked-retry-due");
    }

    @Test
    public void a_smaller_batch_takes_the_longest_due_links() {
        storeLinksInEveryState();

        List<SessionId> due = store.links().findSessionsDueForGeneration(NOW, UNCLAIMED_BEFORE, 2);

        assertThat(due).extracting(SessionId::value).containsExactly("crashed-run", "lease-ends-now");
    }

    /**
     * Due: a run whose claim ran out (a crash), also at the very instant it runs out (when a new run may claim the
     * link, {@link MeetingLink#claimGeneration}), a confirmed session nobody started on within the grace, a retry
     * whose time came (waiting for the mentor or not). Never: a run in progress, a link created within the grace, a
     * retry still ahead, a link waiting for its mentor with no retry, a cancelled or ended session, an active link.
     */
    private void storeLinksInEveryState() {
        claimed(pendingSince("crashed-run", AHEAD, NOW.minusSeconds(40)), NOW.minusSeconds(16));
        claimed(pendingSince("lease-ends-now", AHEAD, NOW.minusSeconds(35)), NOW.minus(LEASE));
        pendingSince("never-started-old", AHEAD, NOW.minusSeconds(3));
        failed(
                claimed(pendingSince("retry-due", AHEAD, NOW.minusSeconds(30)), NOW.minusSeconds(30)),
                FailureResponse.retryAt(NOW.minusSeconds(1), MentorAction.NONE));
        failed(
                claimed(pendingSince("asked-retry-due", AHEAD, NOW.minusSeconds(900)), NOW.minusSeconds(900)),
                FailureResponse.retryAt(NOW, MentorAction.ADD_LINK));

        pendingSince("never-started-new", AHEAD, NOW.minusSeconds(1));
        claimed(pendingSince("running", AHEAD, NOW.minusSeconds(30)), NOW.minusSeconds(10));
        failed(
                claimed(pendingSince("retry-later", AHEAD, NOW.minusSeconds(30)), NOW.minusSeconds(30)),
                FailureResponse.retryAt(NOW.plusSeconds(60), MentorAction.NONE));
        failed(
                claimed(pendingSince("asked-no-retry", AHEAD, NOW.minusSeconds(900)), NOW.minusSeconds(900)),
                FailureResponse.noRetry(MentorAction.ADD_LINK));
        failed(
                claimed(pendingSince("cancelled", AHEAD, NOW.minusSeconds(30)), NOW.minusSeconds(30)),
                FailureResponse.retryAt(NOW.minusSeconds(1), MentorAction.NONE));
        MentoringSession cancelled =
                store.sessions().loadSession(new SessionId("cancelled")).orElseThrow();
        cancelled.cancel();
        store.saveSessions().updateSession(cancelled);
        failed(
                claimed(
                        pendingSince("ended", NOW.minus(Duration.ofDays(5)), NOW.minusSeconds(30)),
                        NOW.minusSeconds(30)),
                FailureResponse.retryAt(NOW.minusSeconds(1), MentorAction.NONE));
        MeetingLink active = claimed(pendingSince("active", AHEAD, NOW.minusSeconds(30)), NOW.minusSeconds(30));
        active.activate(
                MeetingUrl.of(Platform.GOOGLE_MEET, "https://meet.google.com/abc-defg-hij"),
                "ada@example.org",
                "abc-defg-hij",
                NOW.minusSeconds(29));
        store.saveLinks().updateLink(active);
    }

    /** Stores a confirmed session starting at {@code startsAt} and its new link; returns the link as stored. */
    private MeetingLink pendingSince(String sessionId, Instant startsAt, Instant createdAt) {
        MentoringSession session = ConfirmedSessions.of(sessionId, "m-1", "e-9", startsAt);
        store.saveSessions().insertSessionIfAbsent(session);
        store.saveLinks().insertLinkIfAbsent(MeetingLink.pending(session.id(), JoinToken.random(), createdAt));
        return store.links().loadLinkForSession(session.id()).orElseThrow();
    }

    /** A run claims the link at {@code at} and the claim is saved; returns the link as stored. */
    private MeetingLink claimed(MeetingLink link, Instant at) {
        assertThat(link.claimGeneration(at, LEASE)).isTrue();
        store.saveLinks().updateLink(link);
        return store.links().loadLinkForSession(link.sessionId()).orElseThrow();
    }

    /** The run ends without a meeting, a second after it claimed the link. */
    private void failed(MeetingLink link, FailureResponse response) {
        Instant claimedAt = link.generation().leaseUntil().orElseThrow().minus(LEASE);
        link.recordFailure(FailureKind.TRANSIENT, "provider timed out", false, response, claimedAt.plusSeconds(1));
        store.saveLinks().updateLink(link);
    }
}
