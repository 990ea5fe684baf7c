package org.meetlinks.adapter.out.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.meetlinks.application.port.out.ClaimNotificationsPort;
import org.meetlinks.application.port.out.Notification;
import org.meetlinks.application.port.out.NotificationKind;
import org.meetlinks.application.port.out.QueueNotificationPort;
import org.meetlinks.application.port.out.QueuedNotification;
import org.meetlinks.application.port.out.RecordDeliveryPort;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.SessionId;

/**
 * The notification outbox: written in the caller's transaction (dedupe keys make repeats no-ops),
 * claimed with FOR UPDATE SKIP LOCKED plus a lease so several dispatchers never take the same row.
 */
@Dependent
@Transactional(Transactional.TxType.REQUIRED)
class OutboxRepository implements QueueNotificationPort, ClaimNotificationsPort, RecordDeliveryPort {
    private static final int MAX_ERROR = 1000;
    private static final int COLUMNS = 8;
    private final EntityManager em;

    @Inject
    OutboxRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void queue(Notification n) {
        queueAll(List.of(n));
    }

    /** One INSERT for all of them (a confirmation queues two messages), in their order. */
    @Override
    public void queueAll(List<Notification> notifications) {
        if (notifications.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("""
                insert into notification_outbox (dedupe_key, kind, recipient_name, recipient_email,
                    recipient_is_mentor, session_id, platform, sequence) values""");
        for (int i = 0; i < notifications.size(); i++) {
            int p = i * COLUMNS;
            sql.append(i == 0 ? " " : ", ")
                    .append("(?%d, ?%d, ?%d, ?%d, ?%d, ?%d, nullif(?%d, ''), ?%d)"
                            .formatted(p + 1, p + 2, p + 3, p + 4, p + 5, p + 6, p + 7, p + 8));
        }
        Query insert = em.createNativeQuery(
                sql.append(" on conflict (dedupe_key) do nothing").toString());
        for (int i = 0; i < notifications.size(); i++) {
            Notification n = notifications.get(i);
            int p = i * COLUMNS;
            insert.setParameter(p + 1, n.dedupeKey())
                    .setParameter(p + 2, n.kind().name())
                    .setParameter(p + 3, n.recipientName())
                    .setParameter(p + 4, n.recipientEmail())
                    .setParameter(p + 5, n.recipientIsMentor())
                    .setParameter(p + 6, n.sessionId().value())
                    .setParameter(p + 7, n.platform().map(Platform::name).orElse(""))
                    .setParameter(p + 8, n.sequence());
        }
        insert.executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<QueuedNotification> claimDueNotifications(Instant now, Duration lease, int limit) {
        List<Object[]> rows = em.createNativeQuery("""
                        update notification_outbox o set available_at = ?1, attempts = o.attempts + 1
                        where o.id in (select id from notification_outbox
                                       where sent_at is null and failed_at is null and available_at <= ?2
                                       order by id limit ?3
                                       for update skip locked)
                        returning o.id, o.kind, o.dedupe_key, o.recipient_name, o.recipient_email,
                                  o.recipient_is_mentor, o.session_id, o.platform, o.sequence, o.attempts""")
                .setParameter(1, Timestamps.utc(now.plus(lease)))
                .setParameter(2, Timestamps.utc(now))
                .setParameter(3, limit)
                .getResultList();
        return rows.stream().map(OutboxRepository::toQueued).toList();
    }

    private static QueuedNotification toQueued(Object[] row) {
        NotificationKind kind = NotificationKind.valueOf((String) row[1]);
        String key = (String) row[2];
        String name = (String) row[3];
        String email = (String) row[4];
        boolean toMentor = (Boolean) row[5];
        SessionId session = new SessionId((String) row[6]);
        int sequence = ((Number) row[8]).intValue();
        Notification n = Optional.ofNullable((String) row[7])
                .filter(p -> !p.isEmpty())
                .map(p -> new Notification(kind, key, name, email, toMentor, session, Platform.valueOf(p), sequence))
                .orElseGet(() -> new Notification(kind, key, name, email, toMentor, session, sequence));
        return new QueuedNotification(((Number) row[0]).longValue(), n, ((Number) row[9]).intValue());
    }

    @Override
    public void markAllSent(Collection<Long> outboxIds, Instant at) {
        if (outboxIds.isEmpty()) {
            return;
        }
        em.createNativeQuery("update notification_outbox set sent_at = :at, last_error = null where id in (:ids)")
                .setParameter("at", Timestamps.utc(at))
                .setParameter("ids", List.copyOf(outboxIds))
                .executeUpdate();
    }

    @Override
    public void markSent(long outboxId, Instant at) {
        em.createNativeQuery("update notification_outbox set sent_at = ?2, last_error = null where id = ?1")
                .setParameter(1, outboxId)
                .setParameter(2, Timestamps.utc(at))
                .executeUpdate();
    }

    @Override
    public void markRetry(long outboxId, Instant retryAt, String error) {
        em.createNativeQuery("update notification_outbox set available_at = ?2, last_error = ?3 where id = ?1")
                .setParameter(1, outboxId)
                .setParameter(2, Timestamps.utc(retryAt))
                .setParameter(3, truncate(error))
                .executeUpdate();
    }

    @Override
    public void markFailed(long outboxId, Instant at, String error) {
        em.createNativeQuery("update notification_outbox set failed_at = ?2, last_error = ?3 where id = ?1")
                .setParameter(1, outboxId)
                .setParameter(2, Timestamps.utc(at))
                .setParameter(3, truncate(error))
                .executeUpdate();
    }

    private static String truncate(String error) {
        String text = String.valueOf(error);
        return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }
}
