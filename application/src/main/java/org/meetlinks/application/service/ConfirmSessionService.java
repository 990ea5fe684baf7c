package org.meetlinks.application.service;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.meetlinks.application.port.in.BookingOutcome;
import org.meetlinks.application.port.in.ConfirmSessionCommand;
import org.meetlinks.application.port.in.ConfirmSessionUseCase;
import org.meetlinks.application.port.out.NotificationKind;
import org.meetlinks.application.port.out.QueueNotificationPort;
import org.meetlinks.application.port.out.RecordBookingEventPort;
import org.meetlinks.application.port.out.RunTransactionPort;
import org.meetlinks.domain.JoinToken;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MentoringSession;

/**
 * BookingConfirmed: stores the session with its join link and the confirmations in one transaction, then hands the
 * provider meeting to the generation pool (never waiting for a provider longer than the caller asked). A repeated
 * event or session changes nothing.
 */
public final class ConfirmSessionService implements ConfirmSessionUseCase {
    private static final System.Logger LOG = System.getLogger(ConfirmSessionService.class.getName());
    static final String EVENT_TYPE = "BookingConfirmed";

    private final LinkStore store;
    private final RecordBookingEventPort events;
    private final QueueNotificationPort outbox;
    private final RunTransactionPort transactions;
    private final LinkGenerationQueue generation;
    private final LinkViews views;
    private final Clock clock;

    public ConfirmSessionService(LinkStore store, RecordBookingEventPort events, QueueNotificationPort outbox,
                                 RunTransactionPort transactions, LinkGenerationQueue generation,
                                 LinkSettings settings, Clock clock) {
        this.store = store;
        this.events = events;
        this.outbox = outbox;
        this.transactions = transactions;
        this.generation = generation;
        this.views = new LinkViews(settings);
        this.clock = clock;
    }

    @Override
    public BookingOutcome confirm(ConfirmSessionCommand command, Duration waitForLink) {
        boolean firstDelivery = transactions.inTransaction(() -> record(command));
        if (firstDelivery) {
            // A full pool leaves the session to the background sweep: it is stored, so nothing is lost.
            generation.offer(command.sessionId()).ifPresent(run -> await(run, waitForLink));
        }
        MeetingLink link = store.links().loadLinkForSession(command.sessionId()).orElseThrow();
        return new BookingOutcome(command.eventId().value(), command.sessionId().value(), !firstDelivery,
                views.of(link));
    }

    private static void await(Future<Void> run, Duration wait) {
        if (wait.isZero() || wait.isNegative()) {
            return;
        }
        try {
            run.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.log(Level.DEBUG, "The link was not ready within {0} ms; answering with it as it stands", wait.toMillis());
        } catch (ExecutionException e) {
            LOG.log(Level.DEBUG, "Generation failed; its own log says why; answering with the link as it stands");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
