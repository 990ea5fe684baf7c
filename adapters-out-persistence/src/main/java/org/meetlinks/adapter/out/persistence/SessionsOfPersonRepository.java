package org.meetlinks.adapter.out.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.meetlinks.application.port.out.LoadSessionsOfPersonPort;
import org.meetlinks.application.port.out.SessionWithLink;
import org.meetlinks.domain.MentoringSession;

/** Reads one person's sessions with their links for the dashboard, in one paged query. */
@Dependent
@Transactional(Transactional.TxType.REQUIRED)
class SessionsOfPersonRepository implements LoadSessionsOfPersonPort {
    static final String QUERY = """
            select s, l from SessionEntity s
            left join MeetingLinkEntity l on l.sessionId = s.sessionId
            where (s.mentorId = :person or s.menteeId = :person)
              and s.endsAt > :from and s.startsAt < :to
            order by s.startsAt, s.sessionId""";

    private final EntityManager em;

    @Inject
    SessionsOfPersonRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<SessionWithLink> loadSessionsOfPerson(
            String personId, Instant from, Instant to, int offset, int limit) {
        return em.createQuery(QUERY, Object[].class)
                .setParameter("person", personId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(SessionsOfPersonRepository::toDomain)
                .toList();
    }

    private static SessionWithLink toDomain(Object[] row) {
        MentoringSession session = SessionMapper.toDomain((SessionEntity) row[0]);
        MeetingLinkEntity link = (MeetingLinkEntity) row[1];
        return link == null
                ? SessionWithLink.withoutLink(session)
                : SessionWithLink.of(session, MeetingLinkMapper.toDomain(link));
    }
}
