package org.meetlinks.domain;

/** The mentee of a session. */
public record Mentee(String id, String name, String email) {
    public Mentee {
        Participants.requireUserId("mentee.id", id);
        Participants.requireName("mentee.name", name);
        Participants.requireEmail("mentee.email", email);
    }
}
