package org.meetlinks.application.service;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.meetlinks.application.port.in.BookingOutcome;
import org.meetlinks.application.port.in.RescheduleSessionCommand;
import org.meetlinks.application.port.in.RescheduleSessionUseCase;
import org.meetlinks.application.port.out.ExistingMeeting;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingRequest;
import org.meetlinks.application.port.out.NotificationKind;
import org.meetlinks.application.port.out.QueueNotificationPort;
import org.meetlinks.application.port.out.RecordBookingEventPort;
import org.meetlinks.application.port.out.RunTransactionPort;
import org.meetlinks.application.port.out.UpdateMeetingPort;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.ProviderMeeting;
import org.meetlinks.domain.RescheduleResult;

/**
 * BookingRescheduled: moves the session, re-sends invites (same UID, SEQUENCE+1), updates the provider meeting. A
 * stale reschedule (an older change than one already applied) and a reschedule of a cancelled session change
 * nothing; one for a session not confirmed yet is kept and applied when the confirmation comes.
 */
public final class RescheduleSessionService implements RescheduleSessionUseCase {
    private static final System.Logger LOG = System.getLogger(RescheduleSessionService.class.getName());
    static final String EVENT_TYPE = "BookingRescheduled";
    /** Moving the provider meeting is not on the 5-second path; it gets this long. */
    static final Duration UPDATE_BUDGET = Duration.ofSeconds(15);

    private final LinkStore store;
    private final RecordBookingEventPort events;
    private final QueueNotificationPort outbox;
    private final RunTransactionPort transactions;
    private final UpdateMeetingPort updateMeeting;
    private final LinkViews views;
    private final EarlyChanges early;
    private final Clock clock;

    public RescheduleSessionService(
            LinkStore store,
            RecordBookingEventPort events,
            QueueNotificationPort outbox,
            RunTransactionPort transactions,
            UpdateMeetingPort updateMeeting,
            EarlyChanges early,
            LinkSettings settings,
            Clock clock) {
        this.store = store;
        this.early = early;
        this.events = events;
        this.outbox = outbox;
        this.transactions = transactions;
        this.updateMeeting = updateMeeting;
        this.views = new LinkViews(settings);
        this.clock = clock;
    }

    @Override
    public BookingOutcome reschedule(RescheduleSessionCommand command) {
        RecordedChange<MentoringSession> move = transactions.inTransaction(() -> record(command));
        if (!move.sessionKnown()) {
            return BookingOutcome.beforeConfirmation(
                    command.eventId().value(),
                    command.sessionId().value(),
                    move.result() == BookingOutcome.Result.DUPLICATE);
        }
        MeetingLink link = store.links().loadLinkForSession(command.sessionId()).orElseThrow();
        move.providerWork().ifPresent(session -> updateProviderMeeting(session, link));
        return BookingOutcome.of(command.eventId().value(), command.sessionId().value(), move.result(), views.of(link));
    }

    private RecordedChange<MentoringSession> record(RescheduleSessionCommand command) {
        early.lock(command.sessionId());
        Optional<MentoringSession> stored = store.sessions().loadSession(command.sessionId());
        if (!events.recordIfNew(command.eventId().value(), command.sessionId(), EVENT_TYPE)) {
            return new RecordedChange.NoProviderWork<>(BookingOutcome.Result.DUPLICATE, stored.isPresent());
        }
        if (stored.isEmpty()) {
            early.hold(command.toHeldChange());
            return new RecordedChange.NoProviderWork<>(BookingOutcome.Result.HELD, false);
        }
        MentoringSession session = stored.get();
        RescheduleResult result =
                session.reschedule(command.startsAt(), command.endsAt(), command.timeZone(), command.order());
        if (result != RescheduleResult.MOVED) {
            LOG.log(
                    Level.INFO,
                    "Reschedule {0} of session {1} ignored: {2}",
                    command.eventId().value(),
                    command.sessionId(),
                    result);
            return new RecordedChange.NoProviderWork<>(BookingOutcome.Result.IGNORED, true);
        }
        store.saveSessions().updateSession(session);
        outbox.queueAll(
                SessionNotifications.toBoth(NotificationKind.SESSION_RESCHEDULED, session, "seq" + session.sequence()));
        return new RecordedChange.ProviderWorkLeft<>(session);
    }

    private void updateProviderMeeting(MentoringSession session, MeetingLink link) {
        Optional<ProviderMeeting> made = link.providerMeeting();
        if (made.isEmpty()) {
            return;
        }
        ExistingMeeting meeting = new ExistingMeeting(
                made.get().platform(),
                made.get().externalMeetingId(),
                session.mentor().id());
        try {
            updateMeeting.updateMeeting(
                    meeting,
                    MeetingRequest.of(
                            meeting.platform(),
                            session,
                            views.shared(link).joinUrl(),
                            clock.instant().plus(UPDATE_BUDGET),
                            false));
        } catch (MeetingProviderException e) {
            // The link stays valid (provider meetings can be joined at any time); the invite carries the new time.
            LOG.log(
                    Level.WARNING,
                    "Could not move the " + meeting.platform() + " meeting of session " + session.id()
                            + " to its new time; the join link still works",
                    e);
        }
    }
}
