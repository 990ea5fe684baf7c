package org.meetlinks.adapter.out.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.meetlinks.application.port.out.KeepAuthorizationStatePort;
import org.meetlinks.application.port.out.PendingAuthorization;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;

/** OAuth states in oauth_authorization: shared by all instances, taken once (DELETE ... RETURNING). */
@Dependent
@Transactional(Transactional.TxType.REQUIRED)
class AuthorizationStateRepository implements KeepAuthorizationStatePort {
    private final EntityManager em;
    private final Clock clock;

    @Inject
    AuthorizationStateRepository(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public void remember(PendingAuthorization a) {
        em.createNativeQuery("delete from oauth_authorization where expires_at < ?1")
                .setParameter(1, Timestamps.utc(clock.instant()))
                .executeUpdate();
        em.createNativeQuery("""
                        insert into oauth_authorization (state, mentor_id, platform, code_verifier, expires_at,
                            browser_binding, email_link)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, a.state())
                .setParameter(2, a.mentorId().value())
                .setParameter(3, a.platform().name())
                .setParameter(4, a.codeVerifier())
                .setParameter(5, Timestamps.utc(a.expiresAt()))
                .setParameter(6, a.browserFingerprint())
                .setParameter(7, a.emailLinkHash())
                .executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<PendingAuthorization> takeOnce(String state, Instant now) {
        List<Object[]> rows = em.createNativeQuery("""
                        delete from oauth_authorization where state = ?1
                        returning state, mentor_id, platform, code_verifier, expires_at, browser_binding, email_link""").setParameter(1, state).getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new PendingAuthorization(
                        (String) r[0],
                        new MentorId((String) r[1]),
                        Platform.valueOf((String) r[2]),
                        (String) r[3],
                        toInstant(r[4]),
                        r[5] == null ? "" : (String) r[5],
                        r[6] == null ? "" : (String) r[6]))
                .filter(a -> a.expiresAt().isAfter(now));
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
