package org.meetlinks.application.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.meetlinks.application.port.out.Notification;
import org.meetlinks.application.port.out.NotificationKind;
import org.meetlinks.application.port.out.QueuedNotification;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.SessionId;

/**
 * What every notification outbox must do, run against the in-memory fake and PostgreSQL alike: a dedupe key queues
 * once, a batch is taken in queue order up to its size, a claim hides its rows for the lease, a retry from its time
 * on, and sent or failed rows for good. Times are near the wall clock, since PostgreSQL stamps a queued row with its
 * own now().
 */
public abstract class OutboxContract {
    private static final Duration LEASE = Duration.ofMinutes(1);
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(30);
    private OutboxPorts outbox;

    /** An outbox with nothing queued. */
    protected abstract OutboxPorts newOutbox();

    @BeforeEach
    void openOutbox() {
        outbox = newOutbox();
    }

    @Test
    public void a_notification_queued_twice_under_one_key_is_claimed_once_as_it_was_queued() {
        outbox.queue().queue(confirmation("s-1"));
        outbox.queue().queue(confirmation("s-1"));
        outbox.queue().queue(confirmation("s-2"));

        List<QueuedNotification> claimed = outbox.claims().claimDueNotifications(now, LEASE, 10);

        assertThat(claimed)
                .extracting(QueuedNotification::notification)
                .containsExactly(confirmation("s-1"), confirmation("s-2"));
        assertThat(claimed).extracting(QueuedNotification::attempts).containsExactly(1, 1);
    }

    @Test
    public void notifications_queued_together_are_claimed_in_their_order_and_a_repeated_key_once() {
        outbox.queue().queueAll(List.of(confirmation("s-1"), confirmation("s-2"), confirmation("s-1")));

        assertThat(sessions(outbox.claims().claimDueNotifications(now, LEASE, 10)))
                .containsExactly("s-1", "s-2");
    }

    @Test
    public void a_notification_about_an_account_is_claimed_with_its_platform() {
        Notification reconnect = new Notification(
                NotificationKind.RECONNECT_PROVIDER,
                "reconnect:m-1:ZOOM:2026-12-04",
                "Ada",
                "ada@example.org",
                true,
                new SessionId("s-1"),
                Platform.ZOOM,
                0);
        outbox.queue().queue(reconnect);

        assertThat(outbox.claims().claimDueNotifications(now, LEASE, 10))
                .extracting(QueuedNotification::notification)
                .singleElement()
                .satisfies(claimed -> assertThat(claimed.platform()).contains(Platform.ZOOM))
                .isEqualTo(reconnect);
    }

    @Test
    public void a_batch_takes_at_most_its_size_in_queue_order_and_the_next_batch_the_rest() {
        outbox.queue().queue(confirmation("s-1"));
        outbox.queue().queue(confirmation("s-2"));
        outbox.queue().queue(confirmation("s-3"));

        assertThat(sessions(outbox.claims().claimDueNotifications(now, LEASE, 2)))
                .containsExactly("s-1", "s-2");
        assertThat(sessions(outbox.claims().claimDueNotifications(now, LEASE, 2)))
                .containsExactly("s-3");
    }

    @Test
    public void a_claimed_notification_is_claimed_again_only_when_its_lease_ends() {
        outbox.queue().queue(confirmation("s-1"));
        outbox.claims().claimDueNotifications(now, LEASE, 10);

        assertThat(outbox.claims().claimDueNotifications(now.plus(LEASE).minusSeconds(1), LEASE, 10))
                .as("while a dispatcher holds it")
                .isEmpty();
        assertThat(outbox.claims().claimDueNotifications(now.plus(LEASE), LEASE, 10))
                .as("its dispatcher died")
                .extracting(QueuedNotification::attempts)
                .containsExactly(2);
    }

    @Test
    public void a_notification_to_retry_is_claimed_from_its_retry_time_on() {
        outbox.queue().queue(confirmation("s-1"));
        long id = outbox.claims().claimDueNotifications(now, LEASE, 10).get(0).outboxId();

        outbox.deliveries().markRetry(id, now.plus(Duration.ofMinutes(10)), "smtp down");

        assertThat(outbox.claims().claimDueNotifications(now.plus(Duration.ofMinutes(9)), LEASE, 10))
                .isEmpty();
        assertThat(outbox.claims().claimDueNotifications(now.plus(Duration.ofMinutes(10)), LEASE, 10))
                .extracting(QueuedNotification::outboxId)
                .containsExactly(id);
    }

    @Test
    public void a_sent_or_failed_notification_is_never_claimed_again() {
        List.of("s-1", "s-2", "s-3", "s-4").forEach(s -> outbox.queue().queue(confirmation(s)));
        List<Long> ids = outbox.claims().claimDueNotifications(now, LEASE, 10).stream()
                .map(QueuedNotification::outboxId)
                .toList();

        outbox.deliveries().markSent(ids.get(0), now);
        outbox.deliveries().markAllSent(List.of(ids.get(1), ids.get(2)), now);
        outbox.deliveries().markAllSent(List.of(), now);
        outbox.deliveries().markFailed(ids.get(3), now, "mailbox does not exist");

        assertThat(outbox.claims().claimDueNotifications(now.plus(Duration.ofDays(1)), LEASE, 10))
                .isEmpty();
    }

    private static Notification confirmation(String sessionId) {
        return new Notification(
                NotificationKind.SESSION_CONFIRMED,
                "confirmed:" + sessionId + ":mentee",
                "Bo",
                "bo@example.org",
                false,
                new SessionId(sessionId),
                0);
    }

    private static List<String> sessions(List<QueuedNotification> claimed) {
        return claimed.stream().map(q -> q.notification().sessionId().value()).toList();
    }
}
