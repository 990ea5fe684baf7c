package org.meetlinks.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.meetlinks.application.port.out.LinkCheckRecord;
import org.meetlinks.application.port.out.LinkToCheck;
import org.meetlinks.domain.LinkCheckOutcome;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.SessionId;

/**
 * The pre-session check's questions on real PostgreSQL: which sessions have a provider meeting to check in a window
 * (with their last check), which session has a given meeting, and each session's last check (replaced, not added).
 */
class LinkCheckRepositoryTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @RegisterExtension
    static final PostgresFixture db = new PostgresFixture();

    @BeforeAll
    static void start() throws Exception {
        session(
                "soon-zoom",
                "CONFIRMED",
                NOW.plusSeconds(1800),
                "ACTIVE",
                "ZOOM",
                "https://us05web.zoom.us/j/12345678901",
                "12345678901");
        session(
                "soon-meet",
                "CONFIRMED",
                NOW.plusSeconds(3000),
                "ACTIVE",
                "GOOGLE_MEET",
                "https://meet.google.com/abc-defg-hij",
                "evt1");
        session("soon-manual", "CONFIRMED", NOW.plusSeconds(2000), "ACTIVE", "MANUAL", "https://whereby.com/ada", null);
        session("soon-pending", "CONFIRMED", NOW.plusSeconds(2000), "PENDING", null, null, null);
        session(
                "soon-cancelled",
                "CANCELLED",
                NOW.plusSeconds(2000),
                "ACTIVE",
                "ZOOM",
                "https://us05web.zoom.us/j/12345678902",
                "12345678902");
        session(
                "started",
                "CONFIRMED",
                NOW.minusSeconds(60),
                "ACTIVE",
                "ZOOM",
                "https://us05web.zoom.us/j/12345678903",
                "12345678903");
        session(
                "far",
                "CONFIRMED",
                NOW.plusSeconds(5 * 86_400),
                "ACTIVE",
                "ZOOM",
                "https://us05web.zoom.us/j/12345678904",
                "12345678904");
    }

    @Test
    void only_confirmed_upcoming_sessions_with_an_active_provider_meeting_in_the_window_are_checked() {
        db.inTransaction(em -> {
            new LinkCheckRepository(em)
                    .recordCheck(new LinkCheckRecord(
                            new SessionId("soon-meet"),
                            Platform.GOOGLE_MEET,
                            LinkCheckOutcome.OK,
                            "fine",
                            NOW.minusSeconds(100)));
            return null;
        });
        List<LinkToCheck> due =
                db.inTransaction(em -> new LinkCheckRepository(em).loadLinksToCheck(NOW, NOW.plusSeconds(86_400), 50));

        assertThat(due).extracting(c -> c.session().id().value()).containsExactly("soon-zoom", "soon-meet");
        assertThat(due.get(0).lastCheckedAt()).isEmpty();
        assertThat(due.get(1).lastCheckedAt()).contains(NOW.minusSeconds(100));
    }

    @Test
    void the_session_of_a_provider_meeting_is_found_by_platform_and_id() {
        Optional<SessionId> zoom =
                db.inTransaction(em -> new LinkCheckRepository(em).findSessionByMeeting(Platform.ZOOM, "12345678901"));
        Optional<SessionId> meet = db.inTransaction(
                em -> new LinkCheckRepository(em).findSessionByMeeting(Platform.GOOGLE_MEET, "12345678901"));
        assertThat(zoom).contains(new SessionId("soon-zoom"));
        assertThat(meet).isEmpty();
    }

    @Test
    void a_later_check_replaces_the_earlier_one_and_the_mentor_sees_the_last_of_each_upcoming_session() {
        db.inTransaction(em -> {
            LinkCheckRepository checks = new LinkCheckRepository(em);
            checks.recordCheck(new LinkCheckRecord(
                    new SessionId("far"), Platform.ZOOM, LinkCheckOutcome.OK, "ok", NOW.minusSeconds(10)));
            checks.recordCheck(new LinkCheckRecord(
                    new SessionId("far"), Platform.ZOOM, LinkCheckOutcome.RECREATED, "x".repeat(600), NOW));
            checks.recordCheck(new LinkCheckRecord(
                    new SessionId("started"), Platform.ZOOM, LinkCheckOutcome.OK, "ok", NOW.minusSeconds(3600)));
            return null;
        });
        List<LinkCheckRecord> mine = db.inTransaction(
                em -> new LinkCheckRepository(em).loadChecksOfMentor(new MentorId("m-1"), NOW.plusSeconds(3600)));

        assertThat(mine).extracting(r -> r.sessionId().value()).contains("far").doesNotContain("started");
        LinkCheckRecord zoom = mine.stream()
                .filter(r -> r.sessionId().value().equals("far"))
                .findFirst()
                .orElseThrow();
        assertThat(zoom.outcome()).isEqualTo(LinkCheckOutcome.RECREATED);
        assertThat(zoom.detail()).hasSize(500);
        assertThat(zoom.checkedAt()).isEqualTo(NOW);
        assertThat(Optional.of(zoom.platform())).contains(Platform.ZOOM);
    }

    private static void session(
            String id, String state, Instant start, String status, String platform, String url, String meetingId) {
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
                            insert into meeting_link (id, session_id, join_token, status, platform, url, creator_id,
                                external_meeting_id, attempts, created_at, updated_at, version)
                            values (gen_random_uuid(), ?1, ?2, ?3, ?4, ?5, ?6, ?7, 1, ?8, ?8, 0)""")
                    .setParameter(1, id)
                    .setParameter(2, (id + "-".repeat(43)).substring(0, 43))
                    .setParameter(3, status)
                    .setParameter(4, platform)
                    .setParameter(5, url)
                    .setParameter(6, url == null ? null : "m-1")
                    .setParameter(7, meetingId)
                    .setParameter(8, Timestamps.utc(NOW.minusSeconds(600)))
                    .executeUpdate();
            return null;
        });
    }
}
