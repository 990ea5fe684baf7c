package org.meetlinks.application.service;

import java.time.Clock;
import org.meetlinks.application.port.in.BookingOutcome;
import org.meetlinks.application.port.in.ConfirmSessionCommand;
import org.meetlinks.application.port.in.ConfirmSessionUseCase;
import org.meetlinks.application.port.in.GenerateMeetingLinkUseCase;
import org.meetlinks.application.port.out.NotificationKind;
import org.meetlinks.application.port.out.QueueNotificationPort;
import org.meetlinks.application.port.out.RecordBookingEventPort;
import org.meetlinks.application.port.out.RunTransactionPort;
import org.meetlinks.domain.JoinToken;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MentoringSession;

/**
 * BookingConfirmed: stores the session with a join link and the confirmations in one transaction,
 * then makes the provider meeting. A repeated event or session changes nothing.
 */
public final class ConfirmSessionService implements ConfirmSessionUseCase {
    static final String EVENT_TYPE = "BookingConfirmed";

    private final LinkStore store;
    private final RecordBookingEventPort events;
    private final QueueNotificationPort outbox;
    private final RunTransactionPort transactions;
    private final GenerateMeetingLinkUseCase generator;
    private final LinkViews views;
    private final Clock clock;

    public ConfirmSessionService(LinkStore store, RecordBookingEventPort events, QueueNotificationPort outbox,
                                 RunTransactionPort transactions, GenerateMeetingLinkUseCase generator,
                                 LinkSettings settings, Clock clock) {
        this.store = store;
        this.events = events;
        this.outbox = outbox;
        this.transactions = transactions;
        this.generator = generator;
        this.views = new LinkViews(settings);
        this.clock = clock;
    }

    @Override
    public BookingOutcome confirm(ConfirmSessionCommand command) {
        boolean firstDelivery = transactions.inTransaction(() -> record(command));
        if (firstDelivery) {
            generator.generate(command.sessionId());
        }
        MeetingLink link = store.links().loadLinkForSession(command.sessionId()).orElseThrow();
        return new BookingOutcome(command.eventId().value(), command.sessionId().value(), !firstDelivery,
                views.of(link));
    }

    private boolean record(ConfirmSessionCommand command) {
        if (!events.recordIfNew(command.eventId().value(), command.sessionId(), EVENT_TYPE)) {
            return false;
        }
        MentoringSession session = command.toSession();
        if (store.saveSessions().insertSessionIfAbsent(session)) {
            store.saveLinks().insertLinkIfAbsent(MeetingLink.pending(session.id(), JoinToken.random(), clock.instant()));
            SessionNotifications.toBoth(NotificationKind.SESSION_CONFIRMED, session, "0").forEach(outbox::queue);
        }
        return true;
    }
}
