package org.meetlinks.application.port.in;

import java.util.Objects;
import org.meetlinks.domain.SessionId;

/** The booking system cancelled a session (BookingCancelled). */
public record CancelSessionCommand(EventId eventId, SessionId sessionId) {
    public CancelSessionCommand {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(sessionId, "sessionId");
    }
}
