package org.meetlinks.contract.bookingevent;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.function.Supplier;
import org.meetlinks.application.port.in.CancelSessionCommand;
import org.meetlinks.application.port.in.ConfirmSessionCommand;
import org.meetlinks.application.port.in.EventId;
import org.meetlinks.application.port.in.RescheduleSessionCommand;
import org.meetlinks.domain.ChangeOrder;
import org.meetlinks.domain.DomainException;
import org.meetlinks.domain.Mentee;
import org.meetlinks.domain.Mentor;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.SessionId;

/** Parses and validates the booking-event JSON (the README's contract section) into a command. */
public final class BookingEventParser {
    /** Larger bodies are not booking events; refuse before parsing. */
    public static final int MAX_LENGTH = 64 * 1024;
    /** Optional on every event: when the booking system made the change (orders reschedules). */
    static final String OCCURRED_AT = "occurredAt";

    public BookingEvent parse(String json) {
        if (json == null || json.isBlank()) {
            throw new MalformedBookingEventException("body", "is empty; expected a booking event JSON object");
        }
        if (json.length() > MAX_LENGTH) {
            throw new MalformedBookingEventException("body", "is larger than " + MAX_LENGTH + " characters");
        }
        JsonFields event = new JsonFields(read(json), "");
        String type = event.text("type");
        return switch (type) {
            case "BookingConfirmed" -> new BookingEvent.Confirmed(validated(() -> confirmed(event)));
            case "BookingRescheduled" -> new BookingEvent.Rescheduled(validated(() -> rescheduled(event)));
            case "BookingCancelled" -> new BookingEvent.Cancelled(validated(() -> cancelled(event)));
            default ->
                throw new MalformedBookingEventException(
                        "type", "must be BookingConfirmed, BookingRescheduled or BookingCancelled");
        };
    }

    private static JsonObject read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        } catch (JsonParsingException e) {
            throw new MalformedBookingEventException("body", "is not valid JSON: " + e.getMessage());
        } catch (JsonException | IllegalStateException e) {
            throw new MalformedBookingEventException("body", "must be a JSON object");
        }
    }

    private static ConfirmSessionCommand confirmed(JsonFields event) {
        JsonFields mentor = event.object("mentor");
        JsonFields mentee = event.object("mentee");
        return new ConfirmSessionCommand(
                new EventId(event.text("eventId")),
                new SessionId(event.text("sessionId")),
                new Mentor(
                        new MentorId(mentor.text("id")),
                        mentor.text("name"),
                        mentor.text("email"),
                        mentor.zone("timeZone")),
                mentee.has("timeZone")
                        ? new Mentee(
                                mentee.text("id"), mentee.text("name"), mentee.text("email"), mentee.zone("timeZone"))
                        : new Mentee(mentee.text("id"), mentee.text("name"), mentee.text("email")),
                event.instant("startsAt"),
                event.instant("endsAt"),
                event.zone("timeZone"),
                event.text("topic"),
                order(event));
    }

    private static RescheduleSessionCommand rescheduled(JsonFields event) {
        return new RescheduleSessionCommand(
                new EventId(event.text("eventId")),
                new SessionId(event.text("sessionId")),
                event.instant("startsAt"),
                event.instant("endsAt"),
                event.zone("timeZone"),
                order(event));
    }

    /** A cancellation always wins; its {@code occurredAt} is checked like the others' but orders nothing. */
    private static CancelSessionCommand cancelled(JsonFields event) {
        CancelSessionCommand command =
                new CancelSessionCommand(new EventId(event.text("eventId")), new SessionId(event.text("sessionId")));
        order(event);
        return command;
    }

    /** The optional {@code occurredAt}: when the booking system made the change. */
    private static ChangeOrder order(JsonFields event) {
        return event.optionalInstant(OCCURRED_AT).map(ChangeOrder::at).orElse(ChangeOrder.unstated());
    }

    /** Domain rule violations become malformed-event errors naming the same field. */
    private static <T> T validated(Supplier<T> build) {
        try {
            return build.get();
        } catch (DomainException e) {
            throw new MalformedBookingEventException(e.field(), e.getMessage());
        }
    }
}
