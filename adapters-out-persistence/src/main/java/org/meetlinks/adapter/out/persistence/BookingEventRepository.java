package org.meetlinks.adapter.out.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.meetlinks.application.port.out.RecordBookingEventPort;
import org.meetlinks.domain.SessionId;

/** Remembers handled booking event ids; the primary key settles races between deliveries. */
@Dependent
@Transactional(Transactional.TxType.REQUIRED)
class BookingEventRepository implements RecordBookingEventPort {
    private final EntityManager em;

    @Inject
    BookingEventRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public boolean recordIfNew(String eventId, SessionId sessionId, String eventType) {
        return em.createNativeQuery("""
                        insert into booking_event (event_id, session_id, event_type) values (?1, ?2, ?3)
                        on conflict (event_id) do nothing""")
                        .setParameter(1, eventId)
                        .setParameter(2, sessionId.value())
                        .setParameter(3, eventType)
                        .executeUpdate()
                == 1;
    }
}
