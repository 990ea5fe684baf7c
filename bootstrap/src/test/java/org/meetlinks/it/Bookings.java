package org.meetlinks.it;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Booking-event JSON as the booking system sends it, with fresh ids per test. */
final class Bookings {
    private Bookings() {}

    static String newSessionId() {
        return "s-" + UUID.randomUUID();
    }

    static String newEventId() {
        return UUID.randomUUID().toString();
    }

    static String confirmed(String eventId, String sessionId, String mentorId, String menteeId) {
        return confirmed(eventId, sessionId, mentorId, menteeId, "Career chat");
    }

    static String confirmed(String eventId, String sessionId, String mentorId, String menteeId, String topic) {
        return confirmed(
                eventId,
                sessionId,
                mentorId,
                menteeId,
                topic,
                Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS));
    }

    /** A one-hour session starting at {@code start}. */
    static String confirmed(
            String eventId, String sessionId, String mentorId, String menteeId, String topic, Instant start) {
        return """
                {"type":"BookingConfirmed","eventId":"%s","sessionId":"%s",
                 "mentor":{"id":"%s","name":"Ada Lovelace","email":"%s@example.org","timeZone":"Europe/Berlin"},
                 "mentee":{"id":"%s","name":"Bo Chen","email":"%s@example.org"},
                 "startsAt":"%s","endsAt":"%s","timeZone":"Europe/Berlin","topic":"%s"}""".formatted(
                eventId, sessionId, mentorId, mentorId, menteeId, menteeId, start, start.plusSeconds(3600), topic);
    }

    static String rescheduled(String eventId, String sessionId, Instant start) {
        return """
                {"type":"BookingRescheduled","eventId":"%s","sessionId":"%s","startsAt":"%s","endsAt":"%s",
                 "timeZone":"America/New_York"}""".formatted(eventId, sessionId, start, start.plusSeconds(1800));
    }

    /** A reschedule that says when the booking system made it (the contract's optional occurredAt). */
    static String rescheduled(String eventId, String sessionId, Instant start, Instant occurredAt) {
        return rescheduled(eventId, sessionId, start)
                .replace("\"timeZone\"", "\"occurredAt\":\"" + occurredAt + "\",\"timeZone\"");
    }

    static String cancelled(String eventId, String sessionId) {
        return "{\"type\":\"BookingCancelled\",\"eventId\":\"%s\",\"sessionId\":\"%s\"}".formatted(eventId, sessionId);
    }
}
