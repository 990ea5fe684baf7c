package org.meetlinks.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.meetlinks.application.port.out.EraseMentorDataPort;
import org.meetlinks.domain.MentorId;

/** Retention and erasure against real PostgreSQL with the real schema. */
class LifecycleRepositoriesTest {
    @RegisterExtension
    static final PostgresFixture db = new PostgresFixture();

    private static void session(
            EntityManager em, String sessionId, String mentorId, String mentorEmail, Instant endsAt) {
        em.createNativeQuery("""
                insert into mentoring_session (session_id, mentor_id, mentor_name, mentor_email, mentor_time_zone,
                    mentee_id, mentee_name, mentee_email, starts_at, ends_at, time_zone, topic, sequence, state)
                values (?1, ?2, 'Ada', ?3, 'Europe/Berlin', 'e-9', 'Bo', 'bo@example.org', ?4, ?5, 'UTC', 'Chat', 0,
                    'CONFIRMED')""")
                .setParameter(1, sessionId)
                .setParameter(2, mentorId)
                .setParameter(3, mentorEmail)
                .setParameter(4, OffsetDateTime.ofInstant(endsAt.minusSeconds(3600), ZoneOffset.UTC))
                .setParameter(5, OffsetDateTime.ofInstant(endsAt, ZoneOffset.UTC))
                .executeUpdate();
        em.createNativeQuery("""
                insert into meeting_link (id, session_id, join_token, status, platform, url, creator_id,
                    external_meeting_id, attempts, created_at, updated_at, version)
                values (gen_random_uuid(), ?1, ?2, 'ACTIVE', 'ZOOM', 'https://us05web.zoom.us/j/1', ?3, '123', 0, now(),
                    now(), 0)""")
                .setParameter(1, sessionId)
                .setParameter(2, "t-" + sessionId)
                .setParameter(3, mentorId)
                .executeUpdate();
        mail(em, sessionId, mentorEmail, true);
        mail(em, sessionId, "bo@example.org", false);
    }

    private static void mail(EntityManager em, String sessionId, String to, boolean toMentor) {
        em.createNativeQuery("""
                insert into notification_outbox (dedupe_key, kind, recipient_name, recipient_email, session_id,
                    sequence, recipient_is_mentor)
                values (?1, 'CONFIRMED', 'x', ?2, ?3, 0, ?4)""")
                .setParameter(1, sessionId + "/" + to)
                .setParameter(2, to)
                .setParameter(3, sessionId)
                .setParameter(4, toMentor)
                .executeUpdate();
    }

    private static long count(String sql, String param) {
        return db.inTransaction(
                em -> ((Number) em.createNativeQuery(sql).setParameter(1, param).getSingleResult()).longValue());
    }

    @Test
    void erasure_leaves_nothing_of_the_mentor_behind_and_keeps_the_mentees_session() {
        db.inTransaction(em -> {
            session(em, "s-erase-1", "m-erase", "ada@erase.example", Instant.parse("2030-01-01T10:00:00Z"));
            session(em, "s-keep-1", "m-keep", "keep@erase.example", Instant.parse("2030-01-01T10:00:00Z"));
            em.createNativeQuery("""
                    insert into provider_connection (mentor_id, platform, account_email, status, access_token_enc,
                        updated_at) values ('m-erase', 'ZOOM', 'ada.zoom@erase.example', 'CONNECTED', '\\x01'::bytea, now())""").executeUpdate();
            em.createNativeQuery("insert into mentor_preference values ('m-erase', 'ZOOM', now())")
                    .executeUpdate();
            // A mail to the mentor's provider account about a session that is not theirs: only the address ties it.
            mail(em, "s-not-theirs", "ada.zoom@erase.example", true);
            return null;
        });

        EraseMentorDataPort.ErasedRows rows = db.inTransaction(
                em -> new MentorErasureRepository(em).eraseMentor(new MentorId("m-erase"), "erased-test"));

        assertThat(rows.sessionsAnonymised()).isEqualTo(1);
        for (String table : new String[] {
            "mentoring_session",
            "meeting_link",
            "provider_connection",
            "mentor_preference",
            "notification_outbox",
            "oauth_authorization"
        }) {
            assertThat(count("select count(*) from " + table + " t where t::text like ?1", "%m-erase%"))
                    .as("%s mentions the mentor's id", table)
                    .isZero();
            assertThat(count("select count(*) from " + table + " t where t::text like ?1", "%ada%erase.example%"))
                    .as("%s mentions the mentor's e-mail", table)
                    .isZero();
        }
        assertThat(count("select count(*) from mentoring_session where session_id = ?1", "s-erase-1"))
                .isOne();
        assertThat(count("select count(*) from notification_outbox where recipient_email = ?1", "bo@example.org"))
                .isEqualTo(2);
        assertThat(count("select count(*) from mentoring_session where mentor_id = ?1", "m-keep"))
                .isOne();

        EraseMentorDataPort.ErasedRows again = db.inTransaction(
                em -> new MentorErasureRepository(em).eraseMentor(new MentorId("m-erase"), "erased-other"));
        assertThat(again).isEqualTo(new EraseMentorDataPort.ErasedRows(0, 0));
    }

    @Test
    void retention_deletes_old_sessions_with_their_link_and_mails_and_old_records() {
        Instant cutoff = Instant.parse("2026-01-01T00:00:00Z");
        db.inTransaction(em -> {
            session(em, "s-old-1", "m-ret", "ret@example.org", cutoff.minusSeconds(60));
            session(em, "s-new-1", "m-ret", "ret@example.org", cutoff.plusSeconds(60));
            em.createNativeQuery("insert into booking_event values ('ev-old-1', 's-old-1', 'BookingConfirmed', ?1)")
                    .setParameter(1, OffsetDateTime.ofInstant(cutoff.minusSeconds(1), ZoneOffset.UTC))
                    .executeUpdate();
            em.createNativeQuery("insert into booking_event values ('ev-new-1', 's-new-1', 'BookingConfirmed', ?1)")
                    .setParameter(1, OffsetDateTime.ofInstant(cutoff.plusSeconds(1), ZoneOffset.UTC))
                    .executeUpdate();
            return null;
        });

        assertThat(db.<Integer>inTransaction(em -> new RetentionRepository(em).deleteSessionsEndedBefore(cutoff)))
                .isOne();
        assertThat(db.<Integer>inTransaction(
                        em -> new RetentionRepository(em).deleteBookingEventsReceivedBefore(cutoff)))
                .isOne();

        assertThat(count("select count(*) from mentoring_session where session_id = ?1", "s-old-1"))
                .isZero();
        assertThat(count("select count(*) from meeting_link where session_id = ?1", "s-old-1"))
                .isZero();
        assertThat(count("select count(*) from notification_outbox where session_id = ?1", "s-old-1"))
                .isZero();
        assertThat(count("select count(*) from booking_event where event_id = ?1", "ev-old-1"))
                .isZero();
        assertThat(count("select count(*) from mentoring_session where session_id = ?1", "s-new-1"))
                .isOne();
        assertThat(count("select count(*) from notification_outbox where session_id = ?1", "s-new-1"))
                .isEqualTo(2);
        assertThat(count("select count(*) from booking_event where event_id = ?1", "ev-new-1"))
                .isOne();
        assertThat(db.<Integer>inTransaction(em -> new RetentionRepository(em)
                        .deleteOutboxRowsCreatedBefore(Instant.now().plusSeconds(60))))
                .isPositive();
    }
}
