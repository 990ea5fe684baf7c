package org.meetlinks.application.port.in;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.meetlinks.domain.ChangeOrder;
import org.meetlinks.domain.DomainException;
import org.meetlinks.domain.HeldBookingChange;
import org.meetlinks.domain.SessionId;
import org.meetlinks.domain.TimeZones;

/** The booking system moved a session (BookingRescheduled). */
public record RescheduleSessionCommand(
        EventId eventId, SessionId sessionId, Instant startsAt, Instant endsAt, ZoneId timeZone, ChangeOrder order) {
    public RescheduleSessionCommand {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(timeZone, "timeZone");
        TimeZones.requireRegionBased("timeZone", timeZone);
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw new DomainException("endsAt", "startsAt and endsAt are required and endsAt must be after startsAt");
        }
    }

    /** A reschedule that does not say when it was made (ordered by arrival). */
    public RescheduleSessionCommand(
            EventId eventId, SessionId sessionId, Instant startsAt, Instant endsAt, ZoneId timeZone) {
        this(eventId, sessionId, startsAt, endsAt, timeZone, ChangeOrder.unstated());
    }

    /** The change as kept until the session's confirmation arrives. */
    public HeldBookingChange.Move toHeldChange() {
        return new HeldBookingChange.Move(sessionId, startsAt, endsAt, timeZone, order);
    }
}
