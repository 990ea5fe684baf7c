package org.meetlinks.adapter.out.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meetlinks.application.port.out.LinkCheckRecord;
import org.meetlinks.application.port.out.LinkToCheck;
import org.meetlinks.application.port.out.LoadLinksToCheckPort;
import org.meetlinks.application.port.out.RecordLinkCheckPort;
import org.meetlinks.domain.LinkCheckOutcome;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.SessionId;

/** The pre-session check's table (link_check): the sessions to check, and each session's last check. */
@Dependent
@Transactional(Transactional.TxType.REQUIRED)
class LinkCheckRepository implements LoadLinksToCheckPort, RecordLinkCheckPort {
    private static final int MAX_DETAIL = 500;

    private final EntityManager em;

    @Inject
    LinkCheckRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<LinkToCheck> loadLinksToCheck(Instant after, Instant until, int limit) {
        List<Object[]> rows = em.createQuery("""
                        select s, l from SessionEntity s, MeetingLinkEntity l
                        where l.sessionId = s.sessionId and s.state = 'CONFIRMED'
                          and s.startsAt > :after and s.startsAt <= :until
                          and l.status = 'ACTIVE' and l.externalMeetingId is not null
                          and l.platform in ('GOOGLE_MEET', 'ZOOM')
                        order by s.startsAt, s.sessionId""", Object[].class)
                .setParameter("after", after)
                .setParameter("until", until)
                .setMaxResults(limit)
                .getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Instant> checked = lastChecks(
                rows.stream().map(r -> ((SessionEntity) r[0]).sessionId).toList());
        return rows.stream()
                .map(r -> {
                    SessionEntity s = (SessionEntity) r[0];
                    MeetingLinkEntity l = (MeetingLinkEntity) r[1];
                    Instant at = checked.get(s.sessionId);
                    return at == null
                            ? LinkToCheck.neverChecked(SessionMapper.toDomain(s), MeetingLinkMapper.toDomain(l))
                            : LinkToCheck.checkedAt(SessionMapper.toDomain(s), MeetingLinkMapper.toDomain(l), at);
                })
                .toList();
    }

    @Override
    public Optional<SessionId> findSessionByMeeting(Platform platform, String externalMeetingId) {
        return em.createQuery("""
                        select l.sessionId from MeetingLinkEntity l
                        where l.platform = :platform and l.externalMeetingId = :meeting and l.status = 'ACTIVE'""", String.class)
                .setParameter("platform", platform.name())
                .setParameter("meeting", externalMeetingId)
                .getResultStream()
                .findFirst()
                .map(SessionId::new);
    }

    @Override
    public void recordCheck(LinkCheckRecord check) {
        String detail = check.detail().length() <= MAX_DETAIL
                ? check.detail()
                : check.detail().substring(0, MAX_DETAIL);
        em.createNativeQuery("""
                        insert into link_check (session_id, platform, outcome, detail, checked_at)
                        values (?1, ?2, ?3, ?4, ?5)
                        on conflict (session_id) do update set platform = excluded.platform,
                            outcome = excluded.outcome, detail = excluded.detail, checked_at = excluded.checked_at""")
                .setParameter(1, check.sessionId().value())
                .setParameter(2, check.platform().name())
                .setParameter(3, check.outcome().name())
                .setParameter(4, detail)
                .setParameter(5, Timestamps.utc(check.checkedAt()))
                .executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<LinkCheckRecord> loadChecksOfMentor(MentorId mentorId, Instant now) {
        List<Object[]> rows = em.createNativeQuery("""
                        select c.session_id, c.platform, c.outcome, c.detail, c.checked_at
                        from link_check c join mentoring_session s on s.session_id = c.session_id
                        where s.mentor_id = ?1 and s.ends_at > ?2
                        order by s.starts_at, s.session_id""")
                .setParameter(1, mentorId.value())
                .setParameter(2, Timestamps.utc(now))
                .getResultList();
        return rows.stream()
                .map(r -> new LinkCheckRecord(
                        new SessionId((String) r[0]),
                        Platform.valueOf((String) r[1]),
                        LinkCheckOutcome.valueOf((String) r[2]),
                        (String) r[3],
                        instant(r[4])))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Instant> lastChecks(List<String> sessionIds) {
        List<Object[]> rows = em.createNativeQuery(
                        "select session_id, checked_at from link_check where session_id in (:ids)")
                .setParameter("ids", sessionIds)
                .getResultList();
        Map<String, Instant> checked = new HashMap<>();
        rows.forEach(r -> checked.put((String) r[0], instant(r[1])));
        return checked;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
