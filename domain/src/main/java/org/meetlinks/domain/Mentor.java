package org.meetlinks.domain;

import java.time.ZoneId;
import java.util.Objects;

/** The mentor of a session: owns the provider account the meeting is created with. */
public record Mentor(MentorId id, String name, String email, ZoneId timeZone) {
    public Mentor {
        Objects.requireNonNull(id, "mentor.id");
        Participants.requireName("mentor.name", name);
        Participants.requireEmail("mentor.email", email);
        Objects.requireNonNull(timeZone, "mentor.timeZone");
    }
}
