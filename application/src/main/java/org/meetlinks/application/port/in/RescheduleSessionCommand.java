package org.meetlinks.application.port.in;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.meetlinks.domain.DomainException;
import org.meetlinks.domain.SessionId;
import org.meetlinks.domain.TimeZones;

/** The booking system moved a session (BookingRescheduled). */
public record RescheduleSessionCommand(EventId eventId, SessionId sessionId, Instant startsAt, Instant endsAt,
                                       ZoneId timeZone) {
    public RescheduleSessionCommand {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(timeZone, "timeZone");
        TimeZones.requireRegionBased("timeZone", timeZone);
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw new DomainException("endsAt", "startsAt and endsAt are required and endsAt must be after startsAt");
        }
    }
}
