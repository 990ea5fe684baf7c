package org.meetlinks.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.meetlinks.application.port.out.SessionWithLink;
import org.meetlinks.domain.ChangeOrder;
import org.meetlinks.domain.JoinToken;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.Mentee;
import org.meetlinks.domain.Mentor;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.SessionId;

/** Sessions stored and read back against real PostgreSQL with the real schema. */
class SessionRepositoryTest {
    private static final Instant START = Instant.parse("2030-12-01T15:00:00Z");

    @RegisterExtension
    static final PostgresFixture db = new PostgresFixture();

    private static MentoringSession session(String id, Mentee mentee) {
        return MentoringSession.confirmed(
                new SessionId(id),
                new Mentor(new MentorId("m-1"), "Ada", "ada@example.org", ZoneId.of("Europe/Berlin")),
                mentee,
                "Career chat",
                START,
                START.plusSeconds(3600),
                ZoneId.of("Europe/Berlin"),
                ChangeOrder.unstated());
    }

    @Test
    void the_mentees_own_zone_is_kept_when_known_and_stays_unknown_otherwise() {
        db.inTransaction(em -> new SessionRepository(em)
                .insertSessionIfAbsent(
                        session("s-zone-1", new Mentee("e-9", "Bo", "bo@example.org", ZoneId.of("Asia/Kolkata")))));
        db.inTransaction(em -> new SessionRepository(em)
                .insertSessionIfAbsent(session("s-zone-2", new Mentee("e-9", "Bo", "bo@example.org"))));

        assertThat(db.inTransaction(em -> new SessionRepository(em).loadSession(new SessionId("s-zone-1")))
                        .orElseThrow()
                        .mentee()
                        .timeZone())
                .contains(ZoneId.of("Asia/Kolkata"));
        assertThat(db.inTransaction(em -> new SessionRepository(em).loadSession(new SessionId("s-zone-2")))
                        .orElseThrow()
                        .mentee()
                        .timeZone())
                .isEmpty();
    }

    @Test
    void a_batch_of_sessions_is_read_with_their_links_and_unknown_or_linkless_ones_are_left_out() {
        db.inTransaction(em -> new SessionRepository(em)
                .insertSessionIfAbsent(session("s-batch-1", new Mentee("e-1", "Bo", "bo@example.org"))));
        db.inTransaction(em -> new SessionRepository(em)
                .insertSessionIfAbsent(session("s-batch-2", new Mentee("e-2", "Cy", "cy@example.org"))));
        MeetingLink link = MeetingLink.pending(new SessionId("s-batch-1"), JoinToken.random(), START);
        db.inTransaction(em -> new MeetingLinkRepository(em).insertLinkIfAbsent(link));

        List<SessionWithLink> found = db.inTransaction(em -> new SessionRepository(em)
                .loadSessionsWithLinks(List.of(
                        new SessionId("s-batch-1"),
                        new SessionId("s-batch-1"),
                        new SessionId("s-batch-2"),
                        new SessionId("s-batch-unknown"))));

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.session().id()).isEqualTo(new SessionId("s-batch-1"));
            assertThat(f.link().orElseThrow().joinToken()).isEqualTo(link.joinToken());
        });
        List<SessionWithLink> none = db.inTransaction(em -> new SessionRepository(em).loadSessionsWithLinks(List.of()));
        assertThat(none).isEmpty();
    }
}
