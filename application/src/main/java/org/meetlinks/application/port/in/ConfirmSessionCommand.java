package org.meetlinks.application.port.in;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.meetlinks.domain.Mentee;
import org.meetlinks.domain.Mentor;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.SessionId;

/** The booking system confirmed a session (BookingConfirmed). */
public record ConfirmSessionCommand(EventId eventId, SessionId sessionId, Mentor mentor, Mentee mentee,
                                    Instant startsAt, Instant endsAt, ZoneId timeZone, String topic) {
    public ConfirmSessionCommand {
        Objects.requireNonNull(eventId, "eventId");
        // Building the session validates every field, naming the one that is wrong.
        MentoringSession.confirmed(sessionId, mentor, mentee, topic, startsAt, endsAt, timeZone);
    }

    /** The session this command confirms. */
    public MentoringSession toSession() {
        return MentoringSession.confirmed(sessionId, mentor, mentee, topic, startsAt, endsAt, timeZone);
    }
}
