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
import org.meetlinks.application.port.out.OutgoingNotification;
import org.meetlinks.application.port.out.QueuedNotification;
import org.meetlinks.application.port.out.RecordDeliveryPort;
import org.meetlinks.application.port.out.RunTransactionPort;
import org.meetlinks.application.port.out.SendNotificationPort;

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
    /** A claimed batch is another dispatcher's to take again after this (a crash mid-batch loses nothing). */
    static final Duration LEASE = Duration.ofMinutes(2);

    private final ClaimNotificationsPort outbox;
    private final RecordDeliveryPort deliveries;
    private final SendNotificationPort sender;
    private final RunTransactionPort transactions;
    private final NotificationRendering rendering;
    private final Clock clock;

    public NotificationDispatcher(
            ClaimNotificationsPort outbox,
            RecordDeliveryPort deliveries,
            SendNotificationPort sender,
            LoadSessionsWithLinksPort sessions,
            CountBacklogPort backlog,
            RunTransactionPort transactions,
            LinkSettings settings,
            EmailLinks emailLinks,
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
                    .map(e -> e.getValue()
                            .<Rendered>map(message -> new Ready(e.getKey(), message))
                            .orElseGet(() -> new Gone(e.getKey())))
                    .toList());
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Rendering a batch of " + batch.size() + " notifications failed; rendering each " + "alone",
                    e);
            return batch.stream().map(this::renderAlone).toList();
        }
    }

    private Rendered renderAlone(QueuedNotification queued) {
        try {
            return transactions.inTransaction(() -> rendering
                    .renderAll(List.of(queued))
                    .get(queued)
                    .<Rendered>map(message -> new Ready(queued, message))
                    .orElseGet(() -> new Gone(queued)));
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
            LOG.log(
                    Level.WARNING,
                    "Recording the outcomes of a batch of " + outcomes.size() + " notifications "
                            + "failed; recording each alone",
                    e);
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
        Optional<Instant> held = DeliverySchedule.heldUntil(message, now);
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
        if (DeliverySchedule.retried(retryable, queued.attempts())) {
            Instant retryAt = clock.instant().plus(DeliverySchedule.retryDelay(queued.attempts()));
            LOG.log(
                    Level.WARNING,
                    "Notification {0} not sent (attempt {1}), retrying at {2}: {3}",
                    queued.outboxId(),
                    queued.attempts(),
                    retryAt,
                    error);
            outcomes.retryAt(queued.outboxId(), retryAt, error);
            return;
        }
        LOG.log(
                Level.ERROR,
                "Notification {0} given up after {1} attempts: {2}",
                queued.outboxId(),
                queued.attempts(),
                error);
        outcomes.failed(queued.outboxId(), error);
    }
}
