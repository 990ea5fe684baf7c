package org.meetlinks.adapter.out.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.meetlinks.application.port.out.CountBacklogPort;
import org.meetlinks.domain.LinkStatus;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;

/** Counts open link work with two small aggregate queries (for the operational gauges). */
@Dependent
@Transactional(Transactional.TxType.REQUIRED)
class BacklogCounts implements CountBacklogPort {
    private final EntityManager em;

    @Inject
    BacklogCounts(EntityManager em) {
        this.em = em;
    }

    @Override
    public long countLinks(LinkStatus status, Instant now) {
        Number count = (Number) em.createNativeQuery("""
                        select count(*) from meeting_link l
                        join mentoring_session s on s.session_id = l.session_id
                        where l.status = ?1 and s.state = 'CONFIRMED' and s.ends_at > ?2""")
                .setParameter(1, status.name())
                .setParameter(2, Timestamps.utc(now))
                .getSingleResult();
        return count.longValue();
    }

    @Override
    public long countSessionsWaitingForLink(MentorId mentorId, Instant now) {
        Number count = (Number) em.createNativeQuery("""
                        select count(*) from meeting_link l
                        join mentoring_session s on s.session_id = l.session_id
                        where s.mentor_id = ?1 and l.status in ('PENDING', 'AWAITING_MANUAL_LINK')
                          and s.state = 'CONFIRMED' and s.ends_at > ?2""")
                .setParameter(1, mentorId.value())
                .setParameter(2, Timestamps.utc(now))
                .getSingleResult();
        return count.longValue();
    }

    @Override
    public Map<Platform, Long> countConnectionsNeedingReconnect() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select platform, count(*) from provider_connection
                        where status = 'NEEDS_RECONNECT' group by platform""").getResultList();
        Map<Platform, Long> counts = new EnumMap<>(Platform.class);
        rows.forEach(row -> counts.put(Platform.valueOf((String) row[0]), ((Number) row[1]).longValue()));
        return counts;
    }
}
