package org.meetlinks.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MentoringSessionTest {

    @Test
    void rescheduling_moves_the_session_and_raises_the_invite_sequence() {
        MentoringSession session = Fixtures.session();
        session.reschedule(
                Instant.parse("2026-12-02T09:00:00Z"),
                Instant.parse("2026-12-02T09:30:00Z"),
                ZoneId.of("America/New_York"));
        assertThat(session.sequence()).isEqualTo(1);
        assertThat(session.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
    }

    @Test
    void cancelling_is_idempotent_and_blocks_rescheduling() {
        MentoringSession session = Fixtures.session();
        assertThat(session.cancel()).isTrue();
        assertThat(session.cancel()).isFalse();
        assertThat(session.sequence()).isEqualTo(1);
        assertThatThrownBy(() -> session.reschedule(
                        Instant.parse("2026-12-02T09:00:00Z"), Instant.parse("2026-12-02T10:00:00Z"), ZoneId.of("UTC")))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void the_end_must_come_after_the_start() {
        MentoringSession session = Fixtures.session();
        assertThatThrownBy(() -> session.reschedule(
                        Instant.parse("2026-12-02T09:00:00Z"), Instant.parse("2026-12-02T09:00:00Z"), ZoneId.of("UTC")))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).field())
                .isEqualTo("endsAt");
    }

    @Test
    void knows_its_participants() {
        MentoringSession session = Fixtures.session();
        assertThat(session.hasParticipant("m-1")).isTrue();
        assertThat(session.hasParticipant("e-9")).isTrue();
        assertThat(session.hasParticipant("x-1")).isFalse();
        assertThat(session.isMentor("e-9")).isFalse();
    }

    @Test
    void participant_fields_are_validated_with_their_names() {
        assertThatThrownBy(() -> new Mentee("e-9", "Bo", "not-an-email"))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).field())
                .isEqualTo("mentee.email");
        assertThatThrownBy(() -> new MentorId(""))
                .extracting(e -> ((DomainException) e).field())
                .isEqualTo("mentor.id");
        assertThatThrownBy(() -> new SessionId("s 1"))
                .extracting(e -> ((DomainException) e).field())
                .isEqualTo("sessionId");
    }
}
