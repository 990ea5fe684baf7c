package org.meetlinks.adapter.out.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.meetlinks.application.port.out.PurgeExpiredDataPort;

/** Deletes old sessions (with link and mails), outbox rows and booking-event records; safe to run on every instance. */
@Dependent
@Transactional(Transactional.TxType.REQUIRED)
class RetentionRepository implements PurgeExpiredDataPort {
    private final EntityManager em;

    @Inject
    RetentionRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public int deleteSessionsEndedBefore(Instant cutoff) {
        String ended = "select session_id from mentoring_session where ends_at < ?1";
        em.createNativeQuery("delete from notification_outbox where session_id in (" + ended + ")")
                .setParameter(1, Timestamps.utc(cutoff))
                .executeUpdate();
        em.createNativeQuery("delete from meeting_link where session_id in (" + ended + ")")
                .setParameter(1, Timestamps.utc(cutoff))
                .executeUpdate();
        return em.createNativeQuery("delete from mentoring_session where ends_at < ?1")
                .setParameter(1, Timestamps.utc(cutoff))
                .executeUpdate();
    }

    @Override
    public int deleteOutboxRowsCreatedBefore(Instant cutoff) {
        return em.createNativeQuery("delete from notification_outbox where created_at < ?1")
                .setParameter(1, Timestamps.utc(cutoff))
                .executeUpdate();
    }

    @Override
    public int deleteBookingEventsReceivedBefore(Instant cutoff) {
        // Changes held for a confirmation that never came go with the event records of their time.
        em.createNativeQuery("delete from held_booking_change where received_at < ?1")
                .setParameter(1, Timestamps.utc(cutoff))
                .executeUpdate();
        return em.createNativeQuery("delete from booking_event where received_at < ?1")
                .setParameter(1, Timestamps.utc(cutoff))
                .executeUpdate();
    }
}
