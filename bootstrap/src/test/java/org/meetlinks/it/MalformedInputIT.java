package org.meetlinks.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetlinks.it.Api.token;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear problem+json naming the field, and nothing is stored. */
class MalformedInputIT {
    private final String booker = token("booking-platform", "booking-system");

    @Test
    void unreadable_json_is_a_400_about_the_body() {
        HttpResponse<String> response = Api.post("/api/booking-events", booker, "{\"type\": BookingConfirmed");
        assertProblem(response, 400, "body");
    }

    @Test
    void a_missing_field_is_named() {
        String sessionId = Bookings.newSessionId();
        String json = Bookings.confirmed(Bookings.newEventId(), sessionId, "m-bad-1", "e-bad-1")
                .replace("\"email\":\"m-bad-1@example.org\",", "");
        assertProblem(Api.post("/api/booking-events", booker, json), 400, "mentor.email");
        assertThat(Database.count("select count(*) from mentoring_session where session_id = ?", sessionId))
                .isZero();
    }

    @Test
    void an_invalid_value_is_named() {
        String json = Bookings.confirmed(Bookings.newEventId(), Bookings.newSessionId(), "m-bad-2", "e-bad-2")
                .replace("\"timeZone\":\"Europe/Berlin\",\"topic\"", "\"timeZone\":\"Middle/Earth\",\"topic\"");
        assertProblem(Api.post("/api/booking-events", booker, json), 400, "timeZone");
    }

    @Test
    void a_utc_offset_instead_of_a_zone_name_is_refused_and_nothing_is_stored() {
        String sessionId = Bookings.newSessionId();
        String json = Bookings.confirmed(Bookings.newEventId(), sessionId, "m-bad-4", "e-bad-4")
                .replace("\"timeZone\":\"Europe/Berlin\",\"topic\"", "\"timeZone\":\"+01:00\",\"topic\"");
        assertProblem(Api.post("/api/booking-events", booker, json), 400, "timeZone");
        assertThat(Database.count("select count(*) from mentoring_session where session_id = ?", sessionId))
                .isZero();
    }

    @Test
    void a_gmt_offset_as_the_mentors_zone_is_refused() {
        String json = Bookings.confirmed(Bookings.newEventId(), Bookings.newSessionId(), "m-bad-5", "e-bad-5")
                .replace("\"timeZone\":\"Europe/Berlin\"}", "\"timeZone\":\"GMT+1\"}");
        assertProblem(Api.post("/api/booking-events", booker, json), 400, "mentor.timeZone");
    }

    @Test
    void an_unsafe_manual_link_is_refused_naming_the_url() {
        String sessionId = Bookings.newSessionId();
        Api.post(
                "/api/booking-events",
                booker,
                Bookings.confirmed(Bookings.newEventId(), sessionId, "m-bad-3", "e-bad-3"));
        HttpResponse<String> response = Api.put(
                "/api/sessions/" + sessionId + "/meeting-link",
                token("m-bad-3", "mentor"),
                "{\"url\":\"javascript:alert(1)\"}");
        assertProblem(response, 400, "url");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonObject problem = Api.json(response);
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("field")).isEqualTo(field);
        assertThat(problem.getString("detail")).isNotBlank();
    }
}
