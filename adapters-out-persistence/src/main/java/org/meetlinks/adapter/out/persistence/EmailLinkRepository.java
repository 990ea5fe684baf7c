package org.meetlinks.adapter.out.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.meetlinks.application.port.out.EmailLink;
import org.meetlinks.application.port.out.EmailLinkPurpose;
import org.meetlinks.application.port.out.KeepEmailLinksPort;
import org.meetlinks.domain.MentorId;

/**
 * Emailed links in email_link, by the hash of their token. Spending is one conditional UPDATE, so two clicks at once
 * spend a link once. Links expired more than {@link #KEPT_AFTER_EXPIRY} ago are deleted (until then the page can say
 * "expired" rather than "unknown").
 */
@Dependent
@Transactional(Transactional.TxType.REQUIRED)
class EmailLinkRepository implements KeepEmailLinksPort {
    static final Duration KEPT_AFTER_EXPIRY = Duration.ofDays(30);
    private final EntityManager em;
    private final Clock clock;

    @Inject
    EmailLinkRepository(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public void saveEmailLink(EmailLink link) {
        em.createNativeQuery("delete from email_link where expires_at < ?1")
                .setParameter(1, Timestamps.utc(clock.instant().minus(KEPT_AFTER_EXPIRY)))
                .executeUpdate();
        em.createNativeQuery("""
                        insert into email_link (token_hash, purpose, mentor_id, subject, expires_at, used_at, created_at)
                        values (?1, ?2, ?3, ?4, ?5, null, ?6)""")
                .setParameter(1, link.tokenHash())
                .setParameter(2, link.purpose().name())
                .setParameter(3, link.mentorId().value())
                .setParameter(4, link.subject())
                .setParameter(5, Timestamps.utc(link.expiresAt()))
                .setParameter(6, Timestamps.utc(clock.instant()))
                .executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<EmailLink> findEmailLink(String tokenHash) {
        List<Object[]> rows =
                em.createNativeQuery("""
                        select token_hash, purpose, mentor_id, subject, expires_at, used_at is not null
                        from email_link where token_hash = ?1""").setParameter(1, tokenHash).getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new EmailLink(
                        (String) r[0],
                        EmailLinkPurpose.valueOf((String) r[1]),
                        new MentorId((String) r[2]),
                        (String) r[3],
                        toInstant(r[4]),
                        (Boolean) r[5]));
    }

    @Override
    public boolean spendEmailLink(String tokenHash, Instant now) {
        int spent = em.createNativeQuery("""
                        update email_link set used_at = ?2
                        where token_hash = ?1 and used_at is null and expires_at > ?2""")
                .setParameter(1, tokenHash)
                .setParameter(2, Timestamps.utc(now))
                .executeUpdate();
        if (spent == 0) {
            return false;
        }
        em.createNativeQuery("""
                        update email_link set used_at = ?2
                        where used_at is null and (mentor_id, purpose, subject) =
                            (select mentor_id, purpose, subject from email_link where token_hash = ?1)""")
                .setParameter(1, tokenHash)
                .setParameter(2, Timestamps.utc(now))
                .executeUpdate();
        return true;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
