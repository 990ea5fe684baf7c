package org.meetlinks.domain;

/** Identifier of a mentor (the booking platform's user id). */
public record MentorId(String value) {
    public MentorId {
        Participants.requireUserId("mentor.id", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
