package org.meetlinks.application.service;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
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
import org.meetlinks.application.service.ConfirmationIntake.Intake;
import org.meetlinks.domain.JoinToken;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.SessionState;

/**
 * BookingConfirmed: stores the session with its join link and the confirmations in one transaction, then hands the
 * provider meeting to the generation pool (never waiting for a provider longer than the caller asked). A repeated
 * event or session changes nothing. Changes that arrived before the confirmation are applied first: a session
 * cancelled before it was confirmed is stored cancelled, with no meeting and no email (the cancellation wins).
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
    private final EarlyChanges early;
    private final Clock clock;

    public ConfirmSessionService(
            LinkStore store,
            RecordBookingEventPort events,
            QueueNotificationPort outbox,
            RunTransactionPort transactions,
            LinkGenerationQueue generation,
            EarlyChanges early,
            LinkSettings settings,
            Clock clock) {
        this.store = store;
        this.early = early;
        this.events = events;
        this.outbox = outbox;
        this.transactions = transactions;
        this.generation = generation;
        this.views = new LinkViews(settings);
        this.clock = clock;
    }

    @Override
    public BookingOutcome confirm(ConfirmSessionCommand command, Duration waitForLink) {
        ConfirmationIntake recorded = transactions.inTransaction(() -> record(command));
        boolean waited = false;
        if (recorded.intake() == Intake.STORED) {
            // A full pool leaves the session to the background sweep: it is stored, so nothing is lost.
            Optional<Future<Void>> run = recorded.claim()
                    .map(generation::offerClaimed)
                    .orElseGet(() -> generation.offer(command.sessionId()));
            waited = run.isPresent() && await(run.get(), waitForLink);
        }
        // Without a wait the link is as the intake stored it (or found it): no second read for a JMS delivery.
        MeetingLink link = waited || recorded.link().isEmpty()
                ? store.links().loadLinkForSession(command.sessionId()).orElseThrow()
                : recorded.link().get();
        return BookingOutcome.of(
                command.eventId().value(),
                command.sessionId().value(),
                recorded.intake().result(),
                views.of(link));
    }

    /** @return whether it waited at all (the link may have changed meanwhile) */
    private static boolean await(Future<Void> run, Duration wait) {
        if (wait.isZero() || wait.isNegative()) {
            return false;
        }
        try {
            run.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.log(
                    Level.DEBUG,
                    "The link was not ready within {0} ms; answering with it as it stands",
                    wait.toMillis());
        } catch (ExecutionException e) {
            LOG.log(Level.DEBUG, "Generation failed; its own log says why; answering with the link as it stands");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }

    private ConfirmationIntake record(ConfirmSessionCommand command) {
        if (!events.recordIfNew(command.eventId().value(), command.sessionId(), EVENT_TYPE)) {
            return ConfirmationIntake.without(Intake.DUPLICATE);
        }
        // The session's lock orders the confirmation with an early cancel or reschedule: that one either was held
        // before (and is applied here) or comes after and finds the session. Only a new event id of a known session
        // (rare) waits for the lock in vain.
        early.lock(command.sessionId());
        if (store.sessions().loadSession(command.sessionId()).isPresent()) {
            return ConfirmationIntake.without(Intake.SESSION_KNOWN);
        }
        MentoringSession session = command.toSession();
        early.applyHeld(session);
        if (!store.saveSessions().insertSessionIfAbsent(session)) {
            return ConfirmationIntake.without(Intake.SESSION_KNOWN);
        }
        MeetingLink link = MeetingLink.pending(session.id(), JoinToken.random(), clock.instant());
        if (session.state() == SessionState.CANCELLED) {
            link.cancel(clock.instant());
            return stored(Intake.STORED_CANCELLED, link);
        }
        outbox.queueAll(SessionNotifications.toBoth(NotificationKind.SESSION_CONFIRMED, session, "0"));
        Optional<Claim> first = generation.claimNew(session, link);
        if (!store.saveLinks().insertLinkIfAbsent(link)) {
            return ConfirmationIntake.without(Intake.STORED);
        }
        return first.<ConfirmationIntake>map(claim -> new ConfirmationIntake.ClaimedLink(Intake.STORED, link, claim))
                .orElseGet(() -> new ConfirmationIntake.StoredLink(Intake.STORED, link));
    }

    /** The session is new, so is its link: it is inserted as built (a link of the session found meanwhile wins). */
    private ConfirmationIntake stored(Intake intake, MeetingLink link) {
        return store.saveLinks().insertLinkIfAbsent(link)
                ? new ConfirmationIntake.StoredLink(intake, link)
                : ConfirmationIntake.without(intake);
    }
}
