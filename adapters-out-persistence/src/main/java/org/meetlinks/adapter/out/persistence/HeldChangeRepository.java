package org.meetlinks.adapter.out.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.meetlinks.application.port.out.HoldBookingChangesPort;
import org.meetlinks.application.port.out.LockSessionPort;
import org.meetlinks.domain.ChangeOrder;
import org.meetlinks.domain.HeldBookingChange;
import org.meetlinks.domain.SessionId;

/**
 * Early booking changes in held_booking_change, and the per-session lock (a PostgreSQL transaction-scoped advisory
 * lock on the session id's hash: it needs no row, so it also serializes events of a session not stored yet).
 */
@Dependent
@Transactional(Transactional.TxType.REQUIRED)
class HeldChangeRepository implements HoldBookingChangesPort, LockSessionPort {
    /** Keeps these locks apart from any other advisory lock (two-key form: this class, the session's hash). */
    private static final int LOCK_SPACE = 0x6d6c5331;

    private final EntityManager em;

    @Inject
    HeldChangeRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void lockSession(SessionId sessionId) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(?1, hashtext(?2))) as locked")
                .setParameter(1, LOCK_SPACE)
                .setParameter(2, sessionId.value())
                .getSingleResult();
    }

    @Override
    public void hold(HeldBookingChange change) {
        if (change instanceof HeldBookingChange.Move m) {
            em.createNativeQuery("""
                            insert into held_booking_change (session_id, kind, starts_at, ends_at, time_zone,
                                occurred_at)
                            values (?1, 'MOVE', ?2, ?3, ?4, ?5)""")
                    .setParameter(1, m.sessionId().value())
                    .setParameter(2, Timestamps.utc(m.startsAt()))
                    .setParameter(3, Timestamps.utc(m.endsAt()))
                    .setParameter(4, m.timeZone().getId())
                    .setParameter(5, Timestamps.utc(m.order().occurredAt().orElse(null)))
                    .executeUpdate();
        } else {
            em.createNativeQuery("insert into held_booking_change (session_id, kind) values (?1, 'CANCELLATION')")
                    .setParameter(1, change.sessionId().value())
                    .executeUpdate();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<HeldBookingChange> takeHeld(SessionId sessionId) {
        List<Object[]> rows =
                em.createNativeQuery("""
                        delete from held_booking_change where session_id = ?1
                        returning id, kind, starts_at, ends_at, time_zone, occurred_at""").setParameter(1, sessionId.value()).getResultList();
        return rows.stream()
                .sorted((a, b) -> Long.compare(((Number) a[0]).longValue(), ((Number) b[0]).longValue()))
                .map(row -> toChange(sessionId, row))
                .toList();
    }

    private static HeldBookingChange toChange(SessionId sessionId, Object[] row) {
        if ("CANCELLATION".equals(row[1])) {
            return new HeldBookingChange.Cancellation(sessionId);
        }
        return new HeldBookingChange.Move(
                sessionId,
                instant(row[2]).toInstant(),
                instant(row[3]).toInstant(),
                ZoneId.of((String) row[4]),
                row[5] == null
                        ? ChangeOrder.unstated()
                        : ChangeOrder.at(instant(row[5]).toInstant()));
    }

    private static OffsetDateTime instant(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
