package org.meetlinks.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.meetlinks.application.port.out.Notification;
import org.meetlinks.application.port.out.NotificationKind;
import org.meetlinks.application.port.out.QueuedNotification;
import org.meetlinks.domain.SessionId;

/** The outbox SQL on real PostgreSQL: concurrent dispatchers, crashes, dedupe. */
class OutboxRepositoryTest {
    @RegisterExtension
    static final PostgresFixture db = new PostgresFixture();

    private static final Duration LEASE = Duration.ofMinutes(2);

    private static Notification note(String key) {
        return new Notification(
                NotificationKind.SESSION_CONFIRMED, key, "Bo", "bo@example.org", false, new SessionId("s-1"), 0);
    }

    private static void queue(String prefix, int count) {
        db.inTransaction(em -> {
            OutboxRepository outbox = new OutboxRepository(em);
            for (int i = 0; i < count; i++) {
                outbox.queue(note(prefix + i));
            }
            return null;
        });
    }

    private static List<QueuedNotification> claim(Instant now, int limit) {
        return db.inTransaction(em -> new OutboxRepository(em).claimDueNotifications(now, LEASE, limit));
    }

    @Test
    void queueing_the_same_dedupe_key_twice_keeps_one_row() {
        queue("dup-", 1);
        queue("dup-", 1);
        Instant later = Instant.now().plusSeconds(3600 * 24 * 365);
        long count = claim(later, 1000).stream()
                .filter(q -> q.notification().dedupeKey().equals("dup-0"))
                .count();
        assertThat(count).isEqualTo(1);
    }

    @Test
    void two_dispatchers_claiming_at_once_never_take_the_same_row() throws Exception {
        queue("race-", 40);
        Instant now = Instant.now().plusSeconds(1);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<List<QueuedNotification>>> dispatchers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            dispatchers.add(() -> {
                start.await();
                List<QueuedNotification> mine = new ArrayList<>();
                List<QueuedNotification> batch;
                do {
                    batch = claim(now, 3);
                    mine.addAll(batch);
                } while (!batch.isEmpty());
                return mine;
            });
        }
        List<Future<List<QueuedNotification>>> results = new ArrayList<>();
        for (Callable<List<QueuedNotification>> d : dispatchers) {
            results.add(pool.submit(d));
        }
        start.countDown();
        Set<String> seen = new HashSet<>();
        int total = 0;
        for (Future<List<QueuedNotification>> r : results) {
            for (QueuedNotification q : r.get()) {
                if (q.notification().dedupeKey().startsWith("race-")) {
                    total++;
                    seen.add(q.notification().dedupeKey());
                }
            }
        }
        pool.shutdown();
        assertThat(total).as("claims of race-* rows").isEqualTo(40);
        assertThat(seen).hasSize(40);
    }

    @Test
    void a_batch_marked_sent_at_once_is_never_claimed_again_and_the_rest_stays_due() {
        queue("batch-", 4);
        Instant now = Instant.now().plusSeconds(5);
        List<QueuedNotification> claimed = claim(now, 1000).stream()
                .filter(q -> q.notification().dedupeKey().startsWith("batch-"))
                .toList();
        assertThat(claimed).hasSize(4);

        db.inTransaction(em -> {
            new OutboxRepository(em)
                    .markAllSent(
                            claimed.subList(0, 3).stream()
                                    .map(QueuedNotification::outboxId)
                                    .toList(),
                            now);
            new OutboxRepository(em).markAllSent(List.of(), now);
            return null;
        });

        assertThat(claim(now.plus(LEASE).plusSeconds(1), 1000))
                .filteredOn(q -> q.notification().dedupeKey().startsWith("batch-"))
                .singleElement()
                .extracting(QueuedNotification::outboxId)
                .isEqualTo(claimed.get(3).outboxId());
    }

    @Test
    void a_dispatcher_that_dies_after_claiming_loses_nothing_once_the_lease_ends() {
        queue("crash-", 3);
        Instant now = Instant.now().plusSeconds(5);
        List<QueuedNotification> claimed = claim(now, 1000).stream()
                .filter(q -> q.notification().dedupeKey().startsWith("crash-"))
                .toList();
        assertThat(claimed).hasSize(3);
        assertThat(claim(now.plusSeconds(60), 1000))
                .noneMatch(q -> q.notification().dedupeKey().startsWith("crash-"));

        List<QueuedNotification> again = claim(now.plus(LEASE).plusSeconds(1), 1000).stream()
                .filter(q -> q.notification().dedupeKey().startsWith("crash-"))
                .toList();
        assertThat(again).hasSize(3).allMatch(q -> q.attempts() == 2);

        db.inTransaction(em -> {
            new OutboxRepository(em).markSent(again.get(0).outboxId(), now);
            return null;
        });
        assertThat(claim(now.plus(LEASE.multipliedBy(3)), 1000))
                .filteredOn(q -> q.notification().dedupeKey().startsWith("crash-"))
                .hasSize(2);
    }
}
