package org.meetlinks.application.service;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Optional;
import org.meetlinks.application.port.in.BookingOutcome;
import org.meetlinks.application.port.in.CancelSessionCommand;
import org.meetlinks.application.port.in.CancelSessionUseCase;
import org.meetlinks.application.port.out.DeleteMeetingPort;
import org.meetlinks.application.port.out.ExistingMeeting;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.NotificationKind;
import org.meetlinks.application.port.out.QueueNotificationPort;
import org.meetlinks.application.port.out.RecordBookingEventPort;
import org.meetlinks.application.port.out.RunTransactionPort;
import org.meetlinks.domain.HeldBookingChange;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MentoringSession;

/**
 * BookingCancelled: ends session and link, sends cancellations, deletes the provider meeting (best effort). A
 * cancellation of a session not confirmed yet is kept and wins when the confirmation comes.
 */
public final class CancelSessionService implements CancelSessionUseCase {
    private static final System.Logger LOG = System.getLogger(CancelSessionService.class.getName());
    static final String EVENT_TYPE = "BookingCancelled";

    private final LinkStore store;
    private final RecordBookingEventPort events;
    private final QueueNotificationPort outbox;
    private final RunTransactionPort transactions;
    private final DeleteMeetingPort deleteMeeting;
    private final LinkViews views;
    private final EarlyChanges early;
    private final Clock clock;

    public CancelSessionService(
            LinkStore store,
            RecordBookingEventPort events,
            QueueNotificationPort outbox,
            RunTransactionPort transactions,
            DeleteMeetingPort deleteMeeting,
            EarlyChanges early,
            LinkSettings settings,
            Clock clock) {
        this.store = store;
        this.early = early;
        this.events = events;
        this.outbox = outbox;
        this.transactions = transactions;
        this.deleteMeeting = deleteMeeting;
        this.views = new LinkViews(settings);
        this.clock = clock;
    }

    @Override
    public BookingOutcome cancel(CancelSessionCommand command) {
        RecordedChange<ExistingMeeting> cancellation = transactions.inTransaction(() -> record(command));
        if (cancellation.result() == BookingOutcome.Result.HELD || !cancellation.sessionKnown()) {
            return BookingOutcome.beforeConfirmation(
                    command.eventId().value(),
                    command.sessionId().value(),
                    cancellation.result() == BookingOutcome.Result.DUPLICATE);
        }
        cancellation.providerWork().ifPresent(this::deleteProviderMeeting);
        MeetingLink link = store.links().loadLinkForSession(command.sessionId()).orElseThrow();
        return BookingOutcome.of(
                command.eventId().value(), command.sessionId().value(), cancellation.result(), views.of(link));
    }

    private RecordedChange<ExistingMeeting> record(CancelSessionCommand command) {
        early.lock(command.sessionId());
        Optional<MentoringSession> stored = store.sessions().loadSession(command.sessionId());
        if (!events.recordIfNew(command.eventId().value(), command.sessionId(), EVENT_TYPE)) {
            return new RecordedChange.NoProviderWork<>(BookingOutcome.Result.DUPLICATE, stored.isPresent());
        }
        if (stored.isEmpty()) {
            early.hold(new HeldBookingChange.Cancellation(command.sessionId()));
            return new RecordedChange.NoProviderWork<>(BookingOutcome.Result.HELD, false);
        }
        MentoringSession session = stored.get();
        if (!session.cancel()) {
            return new RecordedChange.NoProviderWork<>(BookingOutcome.Result.DUPLICATE, true);
        }
        store.saveSessions().updateSession(session);
        MeetingLink link = store.links().loadLinkForSession(command.sessionId()).orElseThrow();
        link.cancel(clock.instant());
        store.saveLinks().updateLink(link);
        outbox.queueAll(SessionNotifications.toBoth(NotificationKind.SESSION_CANCELLED, session, "cancel"));
        return link.cancelledProviderMeeting()
                .<RecordedChange<ExistingMeeting>>map(m -> new RecordedChange.ProviderWorkLeft<>(new ExistingMeeting(
                        m.platform(), m.externalMeetingId(), session.mentor().id())))
                .orElse(new RecordedChange.NoProviderWork<>(BookingOutcome.Result.APPLIED, true));
    }

    private void deleteProviderMeeting(ExistingMeeting meeting) {
        try {
            deleteMeeting.deleteMeeting(meeting);
        } catch (MeetingProviderException e) {
            // A failed delete must not block the cancel: the session is cancelled and nobody is sent there.
            LOG.log(
                    Level.WARNING,
                    "Could not delete the cancelled " + meeting.platform() + " meeting " + meeting.externalMeetingId()
                            + "; it stays in the mentor's account",
                    e);
        }
    }
}
