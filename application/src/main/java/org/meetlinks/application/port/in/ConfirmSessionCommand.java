package org.meetlinks.application.port.in;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.meetlinks.domain.ChangeOrder;
import org.meetlinks.domain.Mentee;
import org.meetlinks.domain.Mentor;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.SessionId;

/** The booking system confirmed a session (BookingConfirmed). */
public record ConfirmSessionCommand(
        EventId eventId,
        SessionId sessionId,
        Mentor mentor,
        Mentee mentee,
        Instant startsAt,
        Instant endsAt,
        ZoneId timeZone,
        String topic,
        ChangeOrder order) {
    public ConfirmSessionCommand {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(order, "order");
        // Building the session validates every field, naming the one that is wrong.
        MentoringSession.confirmed(sessionId, mentor, mentee, topic, startsAt, endsAt, timeZone, order);
    }

    /** A confirmation that does not say when it was made. */
    public ConfirmSessionCommand(
            EventId eventId,
            SessionId sessionId,
            Mentor mentor,
            Mentee mentee,
            Instant startsAt,
            Instant endsAt,
            ZoneId timeZone,
            String topic) {
        this(eventId, sessionId, mentor, mentee, startsAt, endsAt, timeZone, topic, ChangeOrder.unstated());
    }

    /** The session this command confirms. */
    public MentoringSession toSession() {
        return MentoringSession.confirmed(sessionId, mentor, mentee, topic, startsAt, endsAt, timeZone, order);
    }
}
