package org.meetlinks.domain;

import java.time.Instant;
import java.time.ZoneId;

/** Builders for domain objects used across the domain tests. */
final class Fixtures {
    static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    static final MentorId ADA = new MentorId("m-1");

    private Fixtures() {}

    static MentoringSession session() {
        return MentoringSession.confirmed(
                new SessionId("s-123"),
                new Mentor(ADA, "Ada", "ada@example.org", ZoneId.of("Europe/Berlin")),
                new Mentee("e-9", "Bo", "bo@example.org"),
                "Career chat",
                Instant.parse("2026-12-01T15:00:00Z"),
                Instant.parse("2026-12-01T16:00:00Z"),
                ZoneId.of("Europe/Berlin"),
                ChangeOrder.unstated());
    }

    static MeetingLink pendingLink() {
        return MeetingLink.pending(new SessionId("s-123"), JoinToken.random(), NOW);
    }

    static MeetingUrl meet() {
        return MeetingUrl.of(Platform.GOOGLE_MEET, "https://meet.google.com/abc-defg-hij");
    }
}
