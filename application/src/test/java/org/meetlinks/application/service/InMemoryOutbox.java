package org.meetlinks.application.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meetlinks.application.port.out.ClaimNotificationsPort;
import org.meetlinks.application.port.out.Notification;
import org.meetlinks.application.port.out.QueueNotificationPort;
import org.meetlinks.application.port.out.QueuedNotification;
import org.meetlinks.application.port.out.RecordDeliveryPort;

/** The outbox ports over maps, with claim semantics like the SQL (dedupe key, queue order, due + lease). */
final class InMemoryOutbox implements QueueNotificationPort, ClaimNotificationsPort, RecordDeliveryPort {
    private final Map<Long, QueuedNotification> rows = new LinkedHashMap<>();
    private final Map<Long, Instant> dueAt = new LinkedHashMap<>();
    private long nextId = 1;
    /** The rows that are done with: sent, or failed for good. */
    final List<Long> sentIds = new ArrayList<>();

    final Map<Long, Instant> retryAt = new LinkedHashMap<>();

    /** Queues what the harness's services queued, in their order. */
    void load(Harness h) {
        h.db.notifications().forEach(this::queue);
    }

    @Override
    public void queue(Notification notification) {
        if (rows.values().stream().noneMatch(q -> q.notification().dedupeKey().equals(notification.dedupeKey()))) {
            rows.put(nextId, new QueuedNotification(nextId, notification, 0));
            dueAt.put(nextId++, Instant.MIN);
        }
    }

    @Override
    public List<QueuedNotification> claimDueNotifications(Instant now, Duration lease, int limit) {
        List<QueuedNotification> claimed = new ArrayList<>();
        for (var e : rows.entrySet()) {
            if (!sentIds.contains(e.getKey()) && !dueAt.get(e.getKey()).isAfter(now) && claimed.size() < limit) {
                QueuedNotification q = new QueuedNotification(
                        e.getKey(), e.getValue().notification(), e.getValue().attempts() + 1);
                e.setValue(q);
                dueAt.put(e.getKey(), now.plus(lease));
                claimed.add(q);
            }
        }
        return claimed;
    }

    @Override
    public void markSent(long outboxId, Instant at) {
        sentIds.add(outboxId);
    }

    @Override
    public void markAllSent(Collection<Long> outboxIds, Instant at) {
        sentIds.addAll(outboxIds);
    }

    @Override
    public void markRetry(long outboxId, Instant at, String error) {
        retryAt.put(outboxId, at);
        dueAt.put(outboxId, at);
    }

    @Override
    public void markFailed(long outboxId, Instant at, String error) {
        sentIds.add(outboxId);
    }
}
