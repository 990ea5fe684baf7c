package org.meetlinks.adapter.out.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.meetlinks.application.port.out.ConcurrentUpdateException;
import org.meetlinks.application.port.out.LoadMeetingLinkPort;
import org.meetlinks.application.port.out.LoadUpcomingProviderLinksPort;
import org.meetlinks.application.port.out.SaveMeetingLinkPort;
import org.meetlinks.application.port.out.ScheduleRegenerationPort;
import org.meetlinks.domain.JoinToken;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MeetingLinkSnapshot;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.SessionId;

/** Stores meeting links in PostgreSQL with optimistic locking. */
@Dependent
@Transactional(Transactional.TxType.REQUIRED)
class MeetingLinkRepository
        implements LoadMeetingLinkPort, SaveMeetingLinkPort, ScheduleRegenerationPort, LoadUpcomingProviderLinksPort {
    private final EntityManager em;

    @Inject
    MeetingLinkRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<MeetingLink> loadLinkForSession(SessionId sessionId) {
        return em.createQuery("select l from MeetingLinkEntity l where l.sessionId = :id", MeetingLinkEntity.class)
                .setParameter("id", sessionId.value())
                .getResultStream()
                .findFirst()
                .map(MeetingLinkMapper::toDomain);
    }

    @Override
    public Optional<MeetingLink> loadLinkByJoinToken(JoinToken joinToken) {
        return em.createQuery("select l from MeetingLinkEntity l where l.joinToken = :t", MeetingLinkEntity.class)
                .setParameter("t", joinToken.value())
                .getResultStream()
                .findFirst()
                .map(MeetingLinkMapper::toDomain);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<SessionId> findSessionsDueForGeneration(Instant now, Instant unclaimedBefore, int limit) {
        List<String> ids = em.createNativeQuery("""
                        select l.session_id from meeting_link l
                        join mentoring_session s on s.session_id = l.session_id
                        where l.status in ('PENDING', 'AWAITING_MANUAL_LINK') and s.state = 'CONFIRMED'
                          and s.ends_at > ?1
                          and ((l.lease_until is not null and l.lease_until <= ?1)
                            or (l.lease_until is null and l.next_attempt_at <= ?1)
                            or (l.lease_until is null and l.attempts = 0 and l.status = 'PENDING'
                                and l.created_at < ?2))
                        order by coalesce(l.next_attempt_at, l.created_at)
                        limit ?3""", String.class)
                .setParameter(1, Timestamps.utc(now))
                .setParameter(2, Timestamps.utc(unclaimedBefore))
                .setParameter(3, limit)
                .getResultList();
        return ids.stream().map(SessionId::new).toList();
    }

    @Override
    public List<MeetingLink> loadUpcomingProviderLinks(MentorId mentorId, Platform platform, Instant now) {
        return em.createQuery("""
                        select l from MeetingLinkEntity l, SessionEntity s
                        where s.sessionId = l.sessionId and s.mentorId = :mentor and s.state = 'CONFIRMED'
                          and s.endsAt > :now and l.status = 'ACTIVE' and l.platform = :platform
                          and l.externalMeetingId is not null
                        order by s.startsAt""", MeetingLinkEntity.class)
                .setParameter("mentor", mentorId.value())
                .setParameter("now", now)
                .setParameter("platform", platform.name())
                .getResultStream()
                .map(MeetingLinkMapper::toDomain)
                .toList();
    }

    @Override
    public boolean insertLinkIfAbsent(MeetingLink link) {
        MeetingLinkSnapshot s = link.snapshot();
        return em.createNativeQuery("""
                        insert into meeting_link (id, session_id, join_token, status, attempts, created_at,
                            updated_at, lease_until, meeting_may_exist, version)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0)
                        on conflict do nothing""")
                        .setParameter(1, s.id())
                        .setParameter(2, s.sessionId().value())
                        .setParameter(3, s.joinToken().value())
                        .setParameter(4, s.status().name())
                        .setParameter(5, s.attempts())
                        .setParameter(6, Timestamps.utc(s.createdAt()))
                        .setParameter(7, Timestamps.utc(s.updatedAt()))
                        .setParameter(8, s.leaseUntil().map(Timestamps::utc).orElse(null))
                        .setParameter(9, s.meetingMayExist())
                        .executeUpdate()
                == 1;
    }

    @Override
    public void updateLink(MeetingLink link) {
        MeetingLinkEntity row = em.find(MeetingLinkEntity.class, link.id());
        if (row == null || row.version != link.version()) {
            throw new ConcurrentUpdateException("the link of session " + link.sessionId() + " changed meanwhile");
        }
        MeetingLinkMapper.copyState(link, row);
        Flush.now(em, "the link of session " + link.sessionId());
    }

    @Override
    public int retryAwaitingLinksOf(MentorId mentorId, Instant now) {
        return em.createNativeQuery("""
                        update meeting_link l set next_attempt_at = ?2, failing_since = null,
                            version = l.version + 1
                        from mentoring_session s
                        where s.session_id = l.session_id and s.mentor_id = ?1 and s.state = 'CONFIRMED'
                          and s.ends_at > ?2 and l.status = 'AWAITING_MANUAL_LINK'""")
                .setParameter(1, mentorId.value())
                .setParameter(2, Timestamps.utc(now))
                .executeUpdate();
    }
}
