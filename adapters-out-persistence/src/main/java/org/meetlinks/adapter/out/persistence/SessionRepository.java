package org.meetlinks.adapter.out.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.meetlinks.application.port.out.ConcurrentUpdateException;
import org.meetlinks.application.port.out.LoadSessionPort;
import org.meetlinks.application.port.out.LoadSessionsWithLinksPort;
import org.meetlinks.application.port.out.SaveSessionPort;
import org.meetlinks.application.port.out.SessionWithLink;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.SessionId;

/** Stores mentoring sessions in PostgreSQL. */
@Dependent
@Transactional(Transactional.TxType.REQUIRED)
class SessionRepository implements LoadSessionPort, SaveSessionPort, LoadSessionsWithLinksPort {
    private final EntityManager em;

    @Inject
    SessionRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<MentoringSession> loadSession(SessionId sessionId) {
        return Optional.ofNullable(em.find(SessionEntity.class, sessionId.value()))
                .map(SessionMapper::toDomain);
    }

    @Override
    public List<SessionWithLink> loadSessionsWithLinks(Collection<SessionId> sessionIds) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select s, l from SessionEntity s, MeetingLinkEntity l
                        where l.sessionId = s.sessionId and s.sessionId in :ids""", Object[].class)
                .setParameter(
                        "ids",
                        sessionIds.stream().map(SessionId::value).distinct().toList())
                .getResultStream()
                .map(row -> SessionWithLink.of(
                        SessionMapper.toDomain((SessionEntity) row[0]),
                        MeetingLinkMapper.toDomain((MeetingLinkEntity) row[1])))
                .toList();
    }

    @Override
    public boolean insertSessionIfAbsent(MentoringSession s) {
        return em.createNativeQuery("""
                        insert into mentoring_session (session_id, mentor_id, mentor_name, mentor_email,
                            mentor_time_zone, mentee_id, mentee_name, mentee_email, starts_at, ends_at, time_zone,
                            topic, sequence, state, last_change_at, mentee_time_zone)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
                        on conflict (session_id) do nothing""")
                        .setParameter(1, s.id().value())
                        .setParameter(2, s.mentor().id().value())
                        .setParameter(3, s.mentor().name())
                        .setParameter(4, s.mentor().email())
                        .setParameter(5, s.mentor().timeZone().getId())
                        .setParameter(6, s.mentee().id())
                        .setParameter(7, s.mentee().name())
                        .setParameter(8, s.mentee().email())
                        .setParameter(9, Timestamps.utc(s.startsAt()))
                        .setParameter(10, Timestamps.utc(s.endsAt()))
                        .setParameter(11, s.timeZone().getId())
                        .setParameter(12, s.topic())
                        .setParameter(13, s.sequence())
                        .setParameter(14, s.state().name())
                        .setParameter(15, Timestamps.utc(s.lastChangeAt().orElse(null)))
                        .setParameter(
                                16, s.mentee().timeZone().map(ZoneId::getId).orElse(null))
                        .executeUpdate()
                == 1;
    }

    @Override
    public void updateSession(MentoringSession session) {
        SessionEntity row = em.find(SessionEntity.class, session.id().value());
        if (row == null) {
            throw new ConcurrentUpdateException("session " + session.id() + " is gone");
        }
        SessionMapper.copyChanges(session, row);
        Flush.now(em, "session " + session.id());
    }
}
