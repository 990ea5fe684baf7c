package org.meetlinks.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When a session takes place: its start, its end and the zone it was booked in. Valid times end after they start
 * and last at most {@link MentoringSession#MAX_DURATION}; the zone's own rules are the caller's (see
 * {@link TimeZones}), since sessions stored before them must still load.
 */
record SessionTimes(Instant startsAt, Instant endsAt, ZoneId timeZone) {
    SessionTimes {
        if (startsAt == null) {
            throw new DomainException("startsAt", "startsAt is required");
        }
        if (endsAt == null) {
            throw new DomainException("endsAt", "endsAt is required");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new DomainException("endsAt", "endsAt must be after startsAt");
        }
        if (Duration.between(startsAt, endsAt).compareTo(MentoringSession.MAX_DURATION) > 0) {
            throw new DomainException("endsAt", "a session may last at most 24 hours");
        }
        Objects.requireNonNull(timeZone, "timeZone");
    }

    Duration duration() {
        return Duration.between(startsAt, endsAt);
    }
}
