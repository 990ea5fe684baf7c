package org.meetlinks.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetlinks.it.Api.token;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Booking events arriving on jms/BookingEvents (sent by the dev-tools app inside the server, the way
 * the booking system would) get links; malformed ones end in the exception queue with the reason.
 */
class JmsBookingEventsIT {

    @Test
    void a_confirmation_on_the_queue_gets_a_readable_link() {
        String sessionId = Bookings.newSessionId();
        assertThat(Api.post(
                                "/dev-tools/jms/booking-events",
                                null,
                                Bookings.confirmed(Bookings.newEventId(), sessionId, "m-jms-1", "e-jms-1"))
                        .statusCode())
                .isEqualTo(202);

        JsonObject link = Eventually.await("the link of " + sessionId, Duration.ofSeconds(20), () -> {
            HttpResponse<String> r =
                    Api.get("/api/sessions/" + sessionId + "/meeting-link", token("m-jms-1", "mentor"));
            return r.statusCode() == 200 ? Optional.of(Api.json(r)) : Optional.empty();
        });
        assertThat(link.getString("joinUrl")).contains("/join/");
    }

    /**
     * The same message delivered twice: the second delivery is handled (counted as a DUPLICATE) and makes no second
     * provider meeting. Waiting for the duplicate's count, not for the link, is what makes this see the second
     * delivery at all: the first one alone meets any wait on the link.
     */
    @Test
    void a_redelivered_message_is_handled_as_a_duplicate_and_makes_no_second_meeting() {
        String mentor = "m-jms-redelivered-" + Bookings.newEventId();
        String account = Mentors.connect(mentor, "zoom");
        String sessionId = Bookings.newSessionId();
        String event = Bookings.confirmed(Bookings.newEventId(), sessionId, mentor, "e-jms-2");
        double duplicatesBefore = duplicates();

        Api.post("/dev-tools/jms/booking-events", null, event);
        Eventually.await(
                "the first delivery's meeting",
                Duration.ofSeconds(20),
                () -> Database.count(
                                        "select count(*) from meeting_link where session_id = ? and status = 'ACTIVE'",
                                        sessionId)
                                == 1
                        ? Optional.of(true)
                        : Optional.empty());
        Api.post("/dev-tools/jms/booking-events", null, event);
        Eventually.await(
                "the second delivery handled as a duplicate",
                Duration.ofSeconds(20),
                () -> duplicates() >= duplicatesBefore + 1 ? Optional.of(true) : Optional.empty());

        assertThat(Simulator.meetingCount("zoom", account))
                .as("Zoom meetings made for the session")
                .isEqualTo(1);
        assertThat(Database.count("select count(*) from booking_event where session_id = ?", sessionId))
                .isEqualTo(1);
    }

    private static double duplicates() {
        return Metrics.value(
                        Metrics.scrape(), "meetlinks_booking_events_total", "transport=\"jms\"", "result=\"DUPLICATE\"")
                .orElse(0.0);
    }

    @Test
    void a_malformed_message_is_moved_to_the_exception_queue_with_its_reason() {
        String marker = "malformed-" + Bookings.newEventId();
        String json = "{\"type\":\"BookingConfirmed\",\"eventId\":\"" + marker + "\",\"sessionId\":\"s-1\"}";
        Api.post("/dev-tools/jms/booking-events", null, json);

        JsonObject dead = deadLetterWith(marker);
        assertThat(dead.getString("errorField")).isEqualTo("mentor");
        assertThat(dead.getString("error")).contains("required");
    }

    @Test
    void a_confirmation_in_an_offset_time_zone_goes_to_the_exception_queue_naming_the_time_zone() {
        String eventId = Bookings.newEventId();
        String sessionId = Bookings.newSessionId();
        Api.post(
                "/dev-tools/jms/booking-events",
                null,
                Bookings.confirmed(eventId, sessionId, "m-jms-3", "e-jms-3")
                        .replace("\"timeZone\":\"Europe/Berlin\",\"topic\"", "\"timeZone\":\"+02:00\",\"topic\""));

        JsonObject dead = deadLetterWith(eventId);
        assertThat(dead.getString("errorField")).isEqualTo("timeZone");
        assertThat(dead.getString("error")).contains("IANA");
        assertThat(Database.count("select count(*) from mentoring_session where session_id = ?", sessionId))
                .isZero();
    }

    private static JsonObject deadLetterWith(String marker) {
        return Eventually.await("the malformed message in the DLQ", Duration.ofSeconds(20), () -> {
            JsonArray letters = Json.createReader(new StringReader(
                            Api.get("/dev-tools/jms/dead-letters", null).body()))
                    .readArray();
            return letters.stream()
                    .map(v -> v.asJsonObject())
                    .filter(o -> o.getString("body").contains(marker))
                    .findFirst();
        });
    }
}
