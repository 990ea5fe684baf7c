package org.meetlinks.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.meetlinks.domain.SessionId;

/**
 * The sweep's question on real PostgreSQL: which links are due for a run now. Due: a background retry whose time
 * came, a run whose claim ran out (a crash), a confirmed session nobody started on within the grace. Never: a run in
 * progress, a link waiting for its mentor with no retry, a cancelled or ended session, an active link.
 */
class LinksDueTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Instant UNCLAIMED_BEFORE = NOW.minusSeconds(2);
    private static final String AHEAD = "2026-12-01T15:00:00Z";

    @RegisterExtension
    static final PostgresFixture db = new PostgresFixture();

    @BeforeAll
    static void start() throws Exception {
        link("never-started-old", "CONFIRMED", AHEAD, "PENDING", 0, null, null, NOW.minusSeconds(3));
        link("never-started-new", "CONFIRMED", AHEAD, "PENDING", 0, null, null, NOW.minusSeconds(1));
        link("running", "CONFIRMED", AHEAD, "PENDING", 1, NOW.plusSeconds(5), null, NOW.minusSeconds(30));
        link("crashed-run", "CONFIRMED", AHEAD, "PENDING", 1, NOW.minusSeconds(1), null, NOW.minusSeconds(30));
        link("retry-due", "CONFIRMED", AHEAD, "PENDING", 2, null, NOW.minusSeconds(1), NOW.minusSeconds(30));
        link("retry-later", "CONFIRMED", AHEAD, "PENDING", 2, null, NOW.plusSeconds(60), NOW.minusSeconds(30));
        link("asked-retry-due", "CONFIRMED", AHEAD, "AWAITING_MANUAL_LINK", 9, null, NOW, NOW.minusSeconds(900));
        link("asked-no-retry", "CONFIRMED", AHEAD, "AWAITING_MANUAL_LINK", 1, null, null, NOW.minusSeconds(900));
        link("cancelled", "CANCELLED", AHEAD, "PENDING", 0, null, NOW.minusSeconds(1), NOW.minusSeconds(30));
        link(
                "ended",
                "CONFIRMED",
                "2026-11-20T15:00:00Z",
                "PENDING",
                1,
                null,
                NOW.minusSeconds(1),
                NOW.minusSeconds(30));
        link("active", "CONFIRMED", AHEAD, "ACTIVE", 1, null, null, NOW.minusSeconds(30));
    }

    @Test
    void only_links_whose_run_is_due_are_returned_longest_due_first() {
        List<SessionId> due = db.inTransaction(
                em -> new MeetingLinkRepository(em).findSessionsDueForGeneration(NOW, UNCLAIMED_BEFORE, 50));

        assertThat(due)
                .extracting(SessionId::value)
                .containsExactly("crashed-run", "never-started-old", "retry-due", "asked-retry-due");
    }

    @Test
    void the_batch_size_is_respected() {
        List<SessionId> due = db.inTransaction(
                em -> new MeetingLinkRepository(em).findSessionsDueForGeneration(NOW, UNCLAIMED_BEFORE, 2));
        assertThat(due).hasSize(2);
    }

    private static void link(
            String id,
            String state,
            String startsAt,
            String status,
            int attempts,
            Instant leaseUntil,
            Instant nextAttemptAt,
            Instant createdAt) {
        Instant start = Instant.parse(startsAt);
        db.inTransaction(em -> {
            em.createNativeQuery("""
                            insert into mentoring_session (session_id, mentor_id, mentor_name, mentor_email,
                                mentor_time_zone, mentee_id, mentee_name, mentee_email, starts_at, ends_at, time_zone,
                                topic, sequence, state)
                            values (?1, 'm-1', 'Ada', 'ada@example.org', 'UTC', 'e-9', 'Bo', 'bo@example.org', ?2, ?3,
                                'UTC', 'Career chat', 0, ?4)""")
                    .setParameter(1, id)
                    .setParameter(2, Timestamps.utc(start))
                    .setParameter(3, Timestamps.utc(start.plusSeconds(3600)))
                    .setParameter(4, state)
                    .executeUpdate();
            em.createNativeQuery("""
                            insert into meeting_link (id, session_id, join_token, status, url, attempts, lease_until,
                                next_attempt_at, created_at, updated_at, version)
                            values (gen_random_uuid(), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, 0)""")
                    .setParameter(1, id)
                    .setParameter(2, "token-" + id)
                    .setParameter(3, status)
                    .setParameter(4, status.equals("ACTIVE") ? "https://meet.google.com/abc-defg-hij" : null)
                    .setParameter(5, attempts)
                    .setParameter(6, leaseUntil == null ? null : Timestamps.utc(leaseUntil))
                    .setParameter(7, nextAttemptAt == null ? null : Timestamps.utc(nextAttemptAt))
                    .setParameter(8, Timestamps.utc(createdAt))
                    .executeUpdate();
            return null;
        });
    }
}
