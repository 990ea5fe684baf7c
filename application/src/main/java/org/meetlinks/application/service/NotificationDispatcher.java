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
import org.meetlinks.application.port.out.LoadSessionsWithLinksPort;
import org.meetlinks.application.port.out.NotificationDeliveryException;
import org.meetlinks.application.port.out.NotificationKind;
import org.meetlinks.application.port.out.OutgoingNotification;
import org.meetlinks.application.port.out.QueuedNotification;
import org.meetlinks.application.port.out.RecordDeliveryPort;
import org.meetlinks.application.port.out.RunTransactionPort;
import org.meetlinks.application.port.out.SendNotificationPort;
import org.meetlinks.domain.LinkStatus;

/**
 * Sends what the outbox holds, a batch at a time: claims a batch (safe with several dispatchers), renders its
 * messages from the sessions as they are now in one transaction, sends each, and records all their outcomes in one
 * more, with back-off for retryable failures. A crash after sending and before recording resends that batch once,
 * with the same message ids (recipients' mail clients see one message): never a loss.
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
    private final RunTransactionPort transactions;
    private final NotificationRendering rendering;
    private final Clock clock;

    public NotificationDispatcher(ClaimNotificationsPort outbox, RecordDeliveryPort deliveries, SendNotificationPort sender,
                                  LoadSessionsWithLinksPort sessions, CountBacklogPort backlog,
                                  RunTransactionPort transactions, LinkSettings settings, EmailLinks emailLinks,
                                  Clock clock) {
        this.outbox = outbox;
        this.deliveries = deliveries;
        this.sender = sender;
        this.transactions = transactions;
        this.rendering = new NotificationRendering(sessions, backlog, settings, emailLinks, clock);
        this.clock = clock;
    }

    @Override
    public int dispatchDue() {
        Instant until = clock.instant().plus(PASS_BUDGET);
        int sent = 0;
        List<QueuedNotification> batch;
        do {
            batch = transactions.inTransaction(() -> outbox.claimDueNotifications(clock.instant(), LEASE, BATCH));
            if (!batch.isEmpty()) {
                deliver(batch);
            }
            sent += batch.size();
        } while (batch.size() == BATCH && clock.instant().isBefore(until));
        return sent;
    }

    private void deliver(List<QueuedNotification> batch) {
        DeliveryOutcomes outcomes = new DeliveryOutcomes(clock.instant());
        for (Rendered rendered : renderAll(batch)) {
            rendered.deliver(this, outcomes);
        }
        record(outcomes);
    }

    /** Renders the batch in one transaction; when that fails, each message alone, so one bad row stops only itself. */
    private List<Rendered> renderAll(List<QueuedNotification> batch) {
        try {
            return transactions.inTransaction(() -> rendering.renderAll(batch).entrySet().stream()
                    .map(e -> e.getValue().<Rendered>map(message -> new Ready(e.getKey(), message))
                            .orElseGet(() -> new Gone(e.getKey())))
                    .toList());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Rendering a batch of " + batch.size() + " notifications failed; rendering each "
                    + "alone", e);
            return batch.stream().map(this::renderAlone).toList();
        }
    }

    private Rendered renderAlone(QueuedNotification queued) {
        try {
            return transactions.inTransaction(() -> rendering.renderAll(List.of(queued)).get(queued)
                    .<Rendered>map(message -> new Ready(queued, message)).orElseGet(() -> new Gone(queued)));
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Notification " + queued.outboxId() + " could not be rendered", e);
            return new Broken(queued, e);
        }
    }

    /** Records the batch's outcomes in one transaction; if that fails, each alone (a failure then propagates). */
    private void record(DeliveryOutcomes outcomes) {
        try {
            transactions.runInTransaction(() -> outcomes.recordAll(deliveries));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Recording the outcomes of a batch of " + outcomes.size() + " notifications "
                    + "failed; recording each alone", e);
            outcomes.oneByOne().forEach(write -> transactions.runInTransaction(() -> write.accept(deliveries)));
        }
    }

    /** A claimed message as rendered: each kind knows what delivering it means and what to record. */
    private sealed interface Rendered permits Ready, Gone, Broken {
        /** Sends if there is something to send, and notes the outcome. */
        void deliver(NotificationDispatcher dispatcher, DeliveryOutcomes outcomes);
    }

    /** A message ready to send. */
    private record Ready(QueuedNotification queued, OutgoingNotification message) implements Rendered {
        @Override
        public void deliver(NotificationDispatcher dispatcher, DeliveryOutcomes outcomes) {
            dispatcher.send(queued, message, outcomes);
        }
    }

    /** A message whose session no longer exists. */
    private record Gone(QueuedNotification queued) implements Rendered {
        @Override
        public void deliver(NotificationDispatcher dispatcher, DeliveryOutcomes outcomes) {
            outcomes.failed(queued.outboxId(), "its session no longer exists");
        }
    }

    /** A message that could not be rendered: tried again later like a failed send. */
    private record Broken(QueuedNotification queued, RuntimeException error) implements Rendered {
        @Override
        public void deliver(NotificationDispatcher dispatcher, DeliveryOutcomes outcomes) {
            dispatcher.failed(queued, true, error.getClass().getSimpleName() + ": " + error.getMessage(), outcomes);
        }
    }

    private void send(QueuedNotification queued, OutgoingNotification message, DeliveryOutcomes outcomes) {
        Instant now = clock.instant();
        Optional<Instant> held = heldUntil(message, now);
        if (held.isPresent()) {
            outcomes.retryAt(queued.outboxId(), held.get(), "held until the first meeting run has ended");
            return;
        }
        try {
            sender.send(message);
            outcomes.sent(queued.outboxId());
        } catch (NotificationDeliveryException e) {
            failed(queued, e.retryable(), e.getMessage(), outcomes);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Notification " + queued.outboxId() + " could not be sent", e);
            failed(queued, true, e.getClass().getSimpleName() + ": " + e.getMessage(), outcomes);
        }
    }

    private void failed(QueuedNotification queued, boolean retryable, String error, DeliveryOutcomes outcomes) {
        if (retryable && queued.attempts() < MAX_ATTEMPTS) {
            Instant retryAt = clock.instant().plus(retryDelay(queued.attempts()));
            LOG.log(Level.WARNING, "Notification {0} not sent (attempt {1}), retrying at {2}: {3}",
                    queued.outboxId(), queued.attempts(), retryAt, error);
            outcomes.retryAt(queued.outboxId(), retryAt, error);
            return;
        }
        LOG.log(Level.ERROR, "Notification {0} given up after {1} attempts: {2}", queued.outboxId(),
                queued.attempts(), error);
        outcomes.failed(queued.outboxId(), error);
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
}
