package org.meetlinks.domain;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/** The mentee of a session, with their own time zone when the booking system knows it. */
public final class Mentee {
    private final String id;
    private final String name;
    private final String email;
    private final ZoneId timeZone;

    /** A mentee whose time zone is not known (emails then give times in the session's zone). */
    public Mentee(String id, String name, String email) {
        check(id, name, email);
        this.id = id;
        this.name = name;
        this.email = email;
        this.timeZone = null;
    }

    /** A mentee in {@code timeZone}, a region-based zone ({@link TimeZones}). */
    public Mentee(String id, String name, String email, ZoneId timeZone) {
        check(id, name, email);
        this.id = id;
        this.name = name;
        this.email = email;
        this.timeZone = TimeZones.requireRegionBased("mentee.timeZone", Objects.requireNonNull(timeZone, "timeZone"));
    }

    private static void check(String id, String name, String email) {
        Participants.requireUserId("mentee.id", id);
        Participants.requireName("mentee.name", name);
        Participants.requireEmail("mentee.email", email);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    /** The mentee's own zone, when known. */
    public Optional<ZoneId> timeZone() {
        return Optional.ofNullable(timeZone);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Mentee m
                && id.equals(m.id)
                && name.equals(m.name)
                && email.equals(m.email)
                && Objects.equals(timeZone, m.timeZone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, email, timeZone);
    }

    @Override
    public String toString() {
        return "Mentee[id=" + id + "]";
    }
}
