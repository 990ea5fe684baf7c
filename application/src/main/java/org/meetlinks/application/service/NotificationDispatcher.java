package org.meetlinks.application.service;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.meetlinks.application.port.in.DispatchNotificationsUseCase;
import org.meetlinks.application.port.out.ClaimNotificationsPort;
import org.meetlinks.application.port.out.CountBacklogPort;
import org.meetlinks.application.port.out.Notification;
import org.meetlinks.application.port.out.NotificationDeliveryException;
import org.meetlinks.application.port.out.NotificationKind;
import org.meetlinks.application.port.out.OutgoingNotification;
import org.meetlinks.application.port.out.QueuedNotification;
import org.meetlinks.application.port.out.RecordDeliveryPort;
import org.meetlinks.application.port.out.RunTransactionPort;
import org.meetlinks.application.port.out.SendNotificationPort;
import org.meetlinks.domain.LinkStatus;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MentoringSession;

/**
 * Sends what the outbox holds: claims a batch (safe with several dispatchers), renders each message
 * from the session as it is now, sends it, and records the outcome with back-off for retryable failures.
 * A crash between sending and recording means one resend with the same message id, never a loss.
 */
public final class NotificationDispatcher implements DispatchNotificationsUseCase {
    private static final System.Logger LOG = System.getLogger(NotificationDispatcher.class.getName());
    static final int BATCH = 20;
    /** A pass keeps claiming batches while they come full, up to this long: a burst is not sent at 20 per pass. */
    static final Duration PASS_BUDGET = Duration.ofSeconds(20);
    static final int MAX_ATTEMPTS = 8;
    static final Duration LEASE = Duration.ofMinutes(2);
    /** A failed send is tried again after this, doubling up to {@link #MAX_RETRY_DELAY}. */
    static final Duration FIRST_RETRY_DELAY = Duration.ofSeconds(30);
    static final Duration MAX_RETRY_DELAY = Duration.ofMinutes(30);
    /**
     * A mentor's confirmation waits this long after the session came in while its link is still PENDING, so that it
     * is written after the first meeting run (4.5 s by default): only then does it know whether the session is in
     * the mentor's Google Calendar (and so carries no invite of ours).
     */
    static final Duration MENTOR_CONFIRMATION_HOLD = Duration.ofSeconds(6);

    private final ClaimNotificationsPort outbox;
    private final RecordDeliveryPort deliveries;
    private final SendNotificationPort sender;
    private final LinkStore store;
    private final CountBacklogPort backlog;
    private final RunTransactionPort transactions;
    private final LinkSettings settings;
    private final LinkViews views;
    private final EmailLinks emailLinks;
    private final Clock clock;

    public NotificationDispatcher(ClaimNotificationsPort outbox, RecordDeliveryPort deliveries, SendNotificationPort sender,
                                  LinkStore store, CountBacklogPort backlog, RunTransactionPort transactions,
                                  LinkSettings settings, EmailLinks emailLinks, Clock clock) {
        this.outbox = outbox;
        this.deliveries = deliveries;
        this.sender = sender;
        this.store = store;
        this.backlog = backlog;
        this.transactions = transactions;
        this.settings = settings;
        this.views = new LinkViews(settings);
        this.emailLinks = emailLinks;
        this.clock = clock;
    }

    @Override
    public int dispatchDue() {
        Instant until = clock.instant().plus(PASS_BUDGET);
        int sent = 0;
        List<QueuedNotification> batch;
        do {
            batch = transactions.inTransaction(() -> outbox.claimDueNotifications(clock.instant(), LEASE, BATCH));
            batch.forEach(this::deliver);
            sent += batch.size();
        } while (batch.size() == BATCH && clock.instant().isBefore(until));
        return sent;
    }

    private void deliver(QueuedNotification queued) {
        Instant now = clock.instant();
        try {
            Optional<OutgoingNotification> message = render(queued);
            if (message.isEmpty()) {
                record(() -> deliveries.markFailed(queued.outboxId(), now, "its session no longer exists"));
                return;
            }
            Optional<Instant> held = heldUntil(message.get(), now);
            if (held.isPresent()) {
                record(() -> deliveries.markRetry(queued.outboxId(), held.get(),
                        "held until the first meeting run has ended"));
                return;
            }
            sender.send(message.get());
            record(() -> deliveries.markSent(queued.outboxId(), now));
        } catch (NotificationDeliveryException e) {
            failed(queued, e.retryable(), e.getMessage(), now);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Notification " + queued.outboxId() + " could not be rendered or sent", e);
            failed(queued, true, e.getClass().getSimpleName() + ": " + e.getMessage(), now);
        }
    }

    private void failed(QueuedNotification queued, boolean retryable, String error, Instant now) {
        if (retryable && queued.attempts() < MAX_ATTEMPTS) {
            Instant retryAt = now.plus(retryDelay(queued.attempts()));
            LOG.log(Level.WARNING, "Notification {0} not sent (attempt {1}), retrying at {2}: {3}",
                    queued.outboxId(), queued.attempts(), retryAt, error);
            record(() -> deliveries.markRetry(queued.outboxId(), retryAt, error));
        } else {
            LOG.log(Level.ERROR, "Notification {0} given up after {1} attempts: {2}", queued.outboxId(),
                    queued.attempts(), error);
            record(() -> deliveries.markFailed(queued.outboxId(), now, error));
        }
    }

    private void record(Runnable outcome) {
        transactions.runInTransaction(outcome);
    }

    /** When a mentor's confirmation should wait for the session's first meeting run ({@link #MENTOR_CONFIRMATION_HOLD}). */
    private static Optional<Instant> heldUntil(OutgoingNotification n, Instant now) {
        if (n.kind() != NotificationKind.SESSION_CONFIRMED || !n.recipientIsMentor()
                || n.link().status() != LinkStatus.PENDING) {
            return Optional.empty();
        }
        Instant until = n.link().link().createdAt().plus(MENTOR_CONFIRMATION_HOLD);
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    /** Exponential back-off for the given attempt number (1 = first retry). */
    static Duration retryDelay(int attempt) {
        Duration delay = FIRST_RETRY_DELAY;
        for (int i = 1; i < attempt && delay.compareTo(MAX_RETRY_DELAY) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : delay;
    }

    private Optional<OutgoingNotification> render(QueuedNotification queued) {
        Notification n = queued.notification();
        Optional<Current> current = n.sessionId().flatMap(id -> transactions.inTransaction(
                () -> store.sessions().loadSession(id).flatMap(session -> store.links().loadLinkForSession(id)
                        .map(link -> new Current(session, link)))));
        if (current.isEmpty()) {
            return Optional.empty();
        }
        MentoringSession session = current.get().session();
        String messageId = n.dedupeKey();
        long waiting = n.kind() == NotificationKind.RECONNECT_PROVIDER
                ? transactions.inTransaction(() -> backlog.countSessionsWaitingForLink(session.mentor().id(),
                        clock.instant()))
                : 0;
        return Optional.of(new OutgoingNotification(messageId, n.kind(), n.recipientName(), n.recipientEmail(),
                n.recipientIsMentor(), session, views.shared(current.get().link()), n.platform(), actionUrl(n, session),
                waiting));
    }

    /**
     * Where the mentor acts: a prompt gets a fresh single-purpose link (reconnect this provider, add a link to this
     * session) that works without signing in; everything else points to the mentor page.
     */
    private String actionUrl(Notification n, MentoringSession session) {
        if (n.recipientIsMentor() && n.kind() == NotificationKind.ADD_LINK_MANUALLY) {
            return emailLinks.addLinkUrl(session.mentor().id(), session.id());
        }
        if (n.recipientIsMentor() && n.kind() == NotificationKind.RECONNECT_PROVIDER && n.platform().isPresent()
                && n.platform().get().isProvider()) {
            return emailLinks.reconnectUrl(session.mentor().id(), n.platform().get());
        }
        return settings.mentorPageUrl();
    }

    /** The session and its link as they are when the notification is rendered (read in one transaction). */
    private record Current(MentoringSession session, MeetingLink link) {
    }
}
