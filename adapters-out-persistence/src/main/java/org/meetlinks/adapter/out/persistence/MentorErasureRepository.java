package org.meetlinks.adapter.out.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.meetlinks.application.port.out.EraseMentorDataPort;
import org.meetlinks.domain.MentorId;

/**
 * Erases a mentor in SQL: their connections (tokens, account e-mails), preference, connects in flight and mails
 * go; their sessions keep running for the mentee under a tombstone id, without the mentor's name or e-mail.
 */
@Dependent
@Transactional(Transactional.TxType.REQUIRED)
class MentorErasureRepository implements EraseMentorDataPort {
    static final String ERASED_NAME = "Erased mentor";
    static final String ERASED_EMAIL = "erased@erased.invalid";
    private final EntityManager em;

    @Inject
    MentorErasureRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public ErasedRows eraseMentor(MentorId mentorId, String tombstone) {
        String id = mentorId.value();
        int deleted = update("""
                delete from notification_outbox
                where (recipient_is_mentor and session_id in (select session_id from mentoring_session where mentor_id = ?1))
                   or recipient_email in (select mentor_email from mentoring_session where mentor_id = ?1)
                   or recipient_email in (select account_email from provider_connection where mentor_id = ?1)""", id);
        deleted += update("delete from provider_connection where mentor_id = ?1", id);
        deleted += update("delete from mentor_preference where mentor_id = ?1", id);
        deleted += update("delete from oauth_authorization where mentor_id = ?1", id);
        deleted += update("delete from email_link where mentor_id = ?1", id);
        em.createNativeQuery("""
                        update meeting_link set creator_id = case when creator_id is null then null else ?2 end,
                            external_meeting_id = null, version = version + 1
                        where creator_id = ?1
                           or session_id in (select session_id from mentoring_session where mentor_id = ?1)""").setParameter(1, id).setParameter(2, tombstone).executeUpdate();
        int sessions = em.createNativeQuery("""
                        update mentoring_session set mentor_id = ?2, mentor_name = ?3, mentor_email = ?4,
                            mentor_time_zone = 'UTC', version = version + 1
                        where mentor_id = ?1""")
                .setParameter(1, id)
                .setParameter(2, tombstone)
                .setParameter(3, ERASED_NAME)
                .setParameter(4, ERASED_EMAIL)
                .executeUpdate();
        return new ErasedRows(sessions, deleted);
    }

    private int update(String sql, String mentorId) {
        return em.createNativeQuery(sql).setParameter(1, mentorId).executeUpdate();
    }
}
