package org.meetlinks.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.meetlinks.domain.LinkStatus;
import org.meetlinks.domain.Platform;

/** The backlog counts on real PostgreSQL: only sessions still ahead, only confirmed ones. */
class BacklogCountsTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @RegisterExtension
    static final PostgresFixture db = new PostgresFixture();

    @BeforeAll
    static void start() throws Exception {
        session("ahead-pending", "CONFIRMED", "2026-12-01T15:00:00Z", "PENDING");
        session("ahead-waiting-1", "CONFIRMED", "2026-12-01T15:00:00Z", "AWAITING_MANUAL_LINK");
        session("ahead-waiting-2", "CONFIRMED", "2026-12-02T15:00:00Z", "AWAITING_MANUAL_LINK");
        session("ahead-active", "CONFIRMED", "2026-12-01T15:00:00Z", "ACTIVE");
        session("past-waiting", "CONFIRMED", "2026-11-20T15:00:00Z", "AWAITING_MANUAL_LINK");
        session("cancelled-pending", "CANCELLED", "2026-12-01T15:00:00Z", "PENDING");
        connection("m-1", "ZOOM", "NEEDS_RECONNECT");
        connection("m-2", "ZOOM", "NEEDS_RECONNECT");
        connection("m-2", "GOOGLE_MEET", "CONNECTED");
    }

    @Test
    void links_are_counted_per_status_for_confirmed_sessions_that_have_not_ended() {
        assertThat(links(LinkStatus.PENDING)).isEqualTo(1);
        assertThat(links(LinkStatus.AWAITING_MANUAL_LINK)).isEqualTo(2);
    }

    @Test
    void connections_needing_a_reconnect_are_counted_per_platform() {
        Map<Platform, Long> counts = db.inTransaction(em -> new BacklogCounts(em).countConnectionsNeedingReconnect());
        assertThat(counts).containsExactlyEntriesOf(Map.of(Platform.ZOOM, 2L));
    }

    private static long links(LinkStatus status) {
        return db.inTransaction(em -> new BacklogCounts(em).countLinks(status, NOW));
    }

    private static void session(String id, String state, String startsAt, String linkStatus) {
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
                            insert into meeting_link (id, session_id, join_token, status, url, attempts, created_at,
                                updated_at, version)
                            values (gen_random_uuid(), ?1, ?2, ?3, ?4, 0, now(), now(), 0)""")
                    .setParameter(1, id)
                    .setParameter(2, "token-" + id)
                    .setParameter(3, linkStatus)
                    .setParameter(4, linkStatus.equals("ACTIVE") ? "https://meet.google.com/abc-defg-hij" : null)
                    .executeUpdate();
            return null;
        });
    }

    private static void connection(String mentor, String platform, String status) {
        db.inTransaction(em -> em.createNativeQuery("""
                        insert into provider_connection (mentor_id, platform, account_email, status, updated_at)
                        values (?1, ?2, 'ada@example.org', ?3, now())""")
                .setParameter(1, mentor)
                .setParameter(2, platform)
                .setParameter(3, status)
                .executeUpdate());
    }
}
