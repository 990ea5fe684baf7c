package org.meetlinks.application.service;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.meetlinks.application.port.in.BookingOutcome;
import org.meetlinks.application.port.in.NotFoundException;
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
import org.meetlinks.domain.LinkStatus;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MentoringSession;

/** BookingRescheduled: moves the session, re-sends invites (same UID, SEQUENCE+1), updates the provider meeting. */
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
    private final Clock clock;

    public RescheduleSessionService(LinkStore store, RecordBookingEventPort events, QueueNotificationPort outbox,
                                    RunTransactionPort transactions, UpdateMeetingPort updateMeeting,
                                    LinkSettings settings, Clock clock) {
        this.store = store;
        this.events = events;
        this.outbox = outbox;
        this.transactions = transactions;
        this.updateMeeting = updateMeeting;
        this.views = new LinkViews(settings);
        this.clock = clock;
    }

    @Override
    public BookingOutcome reschedule(RescheduleSessionCommand command) {
        Optional<MentoringSession> moved = transactions.inTransaction(() -> record(command));
        MeetingLink link = store.links().loadLinkForSession(command.sessionId()).orElseThrow();
        moved.ifPresent(session -> updateProviderMeeting(session, link));
        return new BookingOutcome(command.eventId().value(), command.sessionId().value(), moved.isEmpty(),
                views.of(link));
    }

    private Optional<MentoringSession> record(RescheduleSessionCommand command) {
        MentoringSession session = store.sessions().loadSession(command.sessionId())
                .orElseThrow(() -> new NotFoundException("no session " + command.sessionId()));
        if (!events.recordIfNew(command.eventId().value(), command.sessionId(), EVENT_TYPE)) {
            return Optional.empty();
        }
        session.reschedule(command.startsAt(), command.endsAt(), command.timeZone());
        store.saveSessions().updateSession(session);
        SessionNotifications.toBoth(NotificationKind.SESSION_RESCHEDULED, session, "seq" + session.sequence())
                .forEach(outbox::queue);
        return Optional.of(session);
    }

    private void updateProviderMeeting(MentoringSession session, MeetingLink link) {
        if (link.status() != LinkStatus.ACTIVE || link.externalMeetingId().isEmpty()
                || link.platform().filter(p -> p.isProvider()).isEmpty()) {
            return;
        }
        ExistingMeeting meeting = new ExistingMeeting(link.platform().get(), link.externalMeetingId().get(),
                session.mentor().id());
        try {
            updateMeeting.updateMeeting(meeting, MeetingRequest.of(meeting.platform(), session,
                    views.shared(link).joinUrl(), clock.instant().plus(UPDATE_BUDGET), false));
        } catch (MeetingProviderException e) {
            // The link stays valid (provider meetings can be joined at any time); the invite carries the new time.
            LOG.log(Level.WARNING, "Could not move the " + meeting.platform() + " meeting of session " + session.id()
                    + " to its new time; the join link still works", e);
        }
    }
}
