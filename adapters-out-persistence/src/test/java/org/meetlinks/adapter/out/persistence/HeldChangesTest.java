package org.meetlinks.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.meetlinks.domain.ChangeOrder;
import org.meetlinks.domain.HeldBookingChange;
import org.meetlinks.domain.Mentee;
import org.meetlinks.domain.Mentor;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.SessionId;

/** Held early changes, the session lock and the stored change order against real PostgreSQL. */
class HeldChangesTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @RegisterExtension
    static final PostgresFixture db = new PostgresFixture();

    @Test
    void held_changes_come_back_once_in_arrival_order_with_their_order() {
        SessionId s = new SessionId("s-held");
        HeldBookingChange.Move move = new HeldBookingChange.Move(
                s,
                Instant.parse("2030-01-02T10:00:00Z"),
                Instant.parse("2030-01-02T11:00:00Z"),
                BERLIN,
                ChangeOrder.at(Instant.parse("2029-12-01T08:00:00Z")));
        HeldBookingChange.Move unordered = new HeldBookingChange.Move(
                s,
                Instant.parse("2030-01-03T10:00:00Z"),
                Instant.parse("2030-01-03T11:00:00Z"),
                BERLIN,
                ChangeOrder.unstated());
        db.inTransaction(em -> {
            HeldChangeRepository repo = new HeldChangeRepository(em);
            repo.lockSession(s);
            repo.hold(move);
            repo.hold(new HeldBookingChange.Cancellation(s));
            repo.hold(unordered);
            repo.hold(new HeldBookingChange.Cancellation(new SessionId("s-other")));
            return null;
        });

        List<HeldBookingChange> taken = db.inTransaction(em -> new HeldChangeRepository(em).takeHeld(s));

        assertThat(taken).containsExactly(move, new HeldBookingChange.Cancellation(s), unordered);
        assertThat(db.<List<HeldBookingChange>>inTransaction(em -> new HeldChangeRepository(em).takeHeld(s)))
                .isEmpty();
    }

    @Test
    void a_session_keeps_the_time_of_its_last_ordered_change() {
        SessionId s = new SessionId("s-ordered");
        MentoringSession session = MentoringSession.confirmed(
                s,
                new Mentor(new MentorId("m-1"), "Ada", "ada@example.org", BERLIN),
                new Mentee("e-9", "Bo", "bo@example.org"),
                "Chat",
                Instant.parse("2030-01-02T10:00:00Z"),
                Instant.parse("2030-01-02T11:00:00Z"),
                BERLIN,
                ChangeOrder.at(Instant.parse("2029-12-01T08:00:00Z")));
        db.inTransaction(em -> new SessionRepository(em).insertSessionIfAbsent(session));
        assertThat(db.<java.util.Optional<MentoringSession>>inTransaction(
                                em -> new SessionRepository(em).loadSession(s))
                        .orElseThrow()
                        .lastChangeAt())
                .contains(Instant.parse("2029-12-01T08:00:00Z"));

        db.inTransaction(em -> {
            SessionRepository repo = new SessionRepository(em);
            MentoringSession loaded = repo.loadSession(s).orElseThrow();
            loaded.reschedule(
                    Instant.parse("2030-01-05T10:00:00Z"),
                    Instant.parse("2030-01-05T11:00:00Z"),
                    BERLIN,
                    ChangeOrder.at(Instant.parse("2029-12-02T08:00:00Z")));
            repo.updateSession(loaded);
            return null;
        });
        assertThat(db.<java.util.Optional<MentoringSession>>inTransaction(
                                em -> new SessionRepository(em).loadSession(s))
                        .orElseThrow()
                        .lastChangeAt())
                .contains(Instant.parse("2029-12-02T08:00:00Z"));
    }
}
