package org.meetlinks.adapter.out.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.meetlinks.application.port.out.Notification;
import org.meetlinks.application.port.out.QueueNotificationPort;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.SessionId;

/** Writes notifications to the outbox table in the caller's transaction; dedupe keys make repeats no-ops. */
@Dependent
class OutboxRepository implements QueueNotificationPort {
    private final EntityManager em;

    @Inject
    OutboxRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void queue(Notification n) {
        em.createNativeQuery("""
                        insert into notification_outbox (dedupe_key, kind, recipient_name, recipient_email,
                            session_id, platform, sequence)
                        values (?1, ?2, ?3, ?4, nullif(?5, ''), nullif(?6, ''), ?7)
                        on conflict (dedupe_key) do nothing""")
                .setParameter(1, n.dedupeKey())
                .setParameter(2, n.kind().name())
                .setParameter(3, n.recipientName())
                .setParameter(4, n.recipientEmail())
                .setParameter(5, n.sessionId().map(SessionId::value).orElse(""))
                .setParameter(6, n.platform().map(Platform::name).orElse(""))
                .setParameter(7, n.sequence())
                .executeUpdate();
    }
}
