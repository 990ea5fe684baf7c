package org.meetlinks.application.service;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.meetlinks.application.port.out.ConcurrentUpdateException;
import org.meetlinks.application.port.out.CreatedMeeting;
import org.meetlinks.application.port.out.DeleteMeetingPort;
import org.meetlinks.application.port.out.ExistingMeeting;
import org.meetlinks.application.port.out.LockSessionPort;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingRequest;
import org.meetlinks.application.port.out.NotificationKind;
import org.meetlinks.application.port.out.QueueNotificationPort;
import org.meetlinks.application.port.out.RecordLinkOutcomePort;
import org.meetlinks.application.port.out.RunTransactionPort;
import org.meetlinks.application.port.out.UpdateMeetingPort;
import org.meetlinks.domain.FailureResponse;
import org.meetlinks.domain.LinkFailurePolicy;
import org.meetlinks.domain.LinkStatus;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MentoringSession;

/**
 * Stores how a run ended, each in one short transaction with the notifications it causes: the real link (both
 * people are told when the mentor had been asked to act), or the failure with what the failure policy makes of it
 * (a background retry, and the mentor asked only when asking helps). What a failure means for the connection is
 * {@link ConnectionOutcomes}' part.
 */
final class LinkOutcomes {
    private static final System.Logger LOG = System.getLogger(LinkOutcomes.class.getName());
    private static final int STORE_TRIES = 3;

    private final LinkStore store;
    private final QueueNotificationPort outbox;
    private final ExtraMeetings extraMeetings;
    private final LinkSettings links;
    private final UpdateMeetingPort updateMeeting;
    private final LockSessionPort locks;
    private final RunTransactionPort transactions;
    private final LinkFailurePolicy policy;
    private final RecordLinkOutcomePort metrics;
    private final Clock clock;

    LinkOutcomes(
            LinkStore store,
            QueueNotificationPort outbox,
            DeleteMeetingPort deleteMeeting,
            UpdateMeetingPort updateMeeting,
            LockSessionPort locks,
            RunTransactionPort transactions,
            LinkFailurePolicy policy,
            RecordLinkOutcomePort metrics,
            LinkSettings links,
            Clock clock) {
        this.links = links;
        this.updateMeeting = updateMeeting;
        this.locks = locks;
        this.store = store;
        this.outbox = outbox;
        this.extraMeetings = new ExtraMeetings(store, deleteMeeting);
        this.transactions = transactions;
        this.policy = policy;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Stores the meeting the run made for {@code session} (the session as the run was claimed). The meeting is then
     * moved to the session's current time when a reschedule was stored during the run (it found no meeting to move),
     * or when the meeting may be one an earlier create made before the session was rescheduled.
     */
    void made(MentoringSession session, RunResult.Made made) {
        Optional<Activation> activation =
                retried(() -> transactions.inTransaction(() -> activate(session, made.meeting())));
        if (activation.isPresent()) {
            Activation stored = activation.get();
            metrics.linked(made.platform(), made.providerTime(), stored.timeToLink());
            if (stored.movedMeanwhile()
                    || made.mayBeEarlier() && stored.current().sequence() > 0) {
                moveToCurrentTime(stored.current(), made, stored.joinUrl());
            }
        } else {
            extraMeetings.discardUnlessStored(session, made.platform(), made.meeting());
        }
    }

    /**
     * A stored link: how long the session waited for it, the session as it is now, and whether it was rescheduled
     * during the run.
     */
    private record Activation(Duration timeToLink, MentoringSession current, boolean movedMeanwhile, String joinUrl) {}

    private void moveToCurrentTime(MentoringSession current, RunResult.Made made, String joinUrl) {
        ExistingMeeting meeting = new ExistingMeeting(
                made.platform(),
                made.meeting().externalMeetingId(),
                current.mentor().id());
        try {
            updateMeeting.updateMeeting(
                    meeting,
                    MeetingRequest.of(
                            made.platform(),
                            current,
                            joinUrl,
                            clock.instant().plus(RescheduleSessionService.UPDATE_BUDGET),
                            false));
            LOG.log(
                    Level.INFO,
                    "Session {0} was rescheduled while (or before) its {1} meeting was made; moved the "
                            + "meeting to {2}",
                    current.id(),
                    made.platform(),
                    current.startsAt());
        } catch (MeetingProviderException e) {
            LOG.log(
                    Level.WARNING,
                    "Session " + current.id() + " was rescheduled while its " + made.platform()
                            + " meeting was made, and the meeting could not be moved to the new time; the join link and "
                            + "the invites carry the new time",
                    e);
        }
    }

    void failed(MentoringSession session, RunResult.Failed failed) {
        retried(() -> {
            transactions.runInTransaction(() -> recordFailure(session, failed));
            return Boolean.TRUE;
        });
    }

    /**
     * Under the session's lock, so a reschedule either comes before (and is seen here) or after (and finds the
     * meeting stored, and moves it itself).
     *
     * @return the stored link's activation; empty when not stored
     */
    private Optional<Activation> activate(MentoringSession session, CreatedMeeting meeting) {
        locks.lockSession(session.id());
        LinkStore.Stored stored = store.loadWithLink(session.id()).orElseThrow();
        MeetingLink link = stored.link();
        if (!link.status().needsMeeting()) {
            return Optional.empty();
        }
        boolean mentorWasAsked = link.status() == LinkStatus.AWAITING_MANUAL_LINK;
        Instant now = clock.instant();
        link.activate(meeting.url(), meeting.creatorId(), meeting.externalMeetingId(), now);
        store.saveLinks().updateLink(link);
        if (mentorWasAsked) {
            outbox.queueAll(SessionNotifications.toBoth(
                    NotificationKind.LINK_UPDATED, session, "provider:" + meeting.externalMeetingId()));
        }
        MentoringSession current = stored.session();
        return Optional.of(new Activation(
                Duration.between(link.createdAt(), now),
                current,
                current.timesDifferFrom(session),
                links.joinUrl(link.joinToken().value())));
    }

    private void recordFailure(MentoringSession session, RunResult.Failed failed) {
        MeetingLink link = store.links().loadLinkForSession(session.id()).orElseThrow();
        if (!link.status().needsMeeting()) {
            return;
        }
        Instant now = clock.instant();
        FailureResponse response = policy.afterRun(
                failed.call(),
                link.generation().attempts(),
                link.generation().failingSince().orElse(now),
                session,
                now);
        boolean askMentor = link.recordFailure(failed.kind(), failed.reason(), failed.meetingMayExist(), response, now);
        store.saveLinks().updateLink(link);
        if (askMentor) {
            outbox.queue(SessionNotifications.addLinkManually(session));
        }
    }

    /** A concurrent change of the link (a manual link, a cancel) makes the write try again on the fresh state. */
    private static <T> T retried(Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (ConcurrentUpdateException e) {
                if (attempt == STORE_TRIES) {
                    throw e;
                }
            }
        }
    }
}
