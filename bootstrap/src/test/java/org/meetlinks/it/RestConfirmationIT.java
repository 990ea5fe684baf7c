package org.meetlinks.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetlinks.it.Api.token;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A booking confirmed over REST gets a stored, readable link; repeats and races make no second one. */
class RestConfirmationIT {
    private final String booker = token("booking-platform", "booking-system");

    @Test
    void a_confirmed_session_has_a_stored_join_link_that_mentor_and_mentee_can_read() {
        String sessionId = Bookings.newSessionId();
        HttpResponse<String> posted = Api.post(
                "/api/booking-events",
                booker,
                Bookings.confirmed(Bookings.newEventId(), sessionId, "m-rest-1", "e-rest-1"));

        assertThat(posted.statusCode()).isEqualTo(200);
        JsonObject link = Api.json(posted).getJsonObject("meetingLink");
        assertThat(link.getString("sessionId")).isEqualTo(sessionId);
        assertThat(link.getString("joinUrl")).matches(Api.BASE + "/join/[A-Za-z0-9_-]{43}");
        assertThat(link.getString("status")).isEqualTo("AWAITING_MANUAL_LINK");

        HttpResponse<String> asMentor =
                Api.get("/api/sessions/" + sessionId + "/meeting-link", token("m-rest-1", "mentor"));
        HttpResponse<String> asMentee =
                Api.get("/api/sessions/" + sessionId + "/meeting-link", token("e-rest-1", "mentee"));
        assertThat(asMentor.statusCode()).isEqualTo(200);
        assertThat(asMentee.statusCode()).isEqualTo(200);
        assertThat(Api.json(asMentee).getString("joinUrl")).isEqualTo(link.getString("joinUrl"));
        assertThat(Database.count("select count(*) from meeting_link where session_id = ?", sessionId))
                .isEqualTo(1);
        assertThat(Database.text("select join_token from meeting_link where session_id = ?", sessionId))
                .isEqualTo(link.getString("joinUrl")
                        .substring(link.getString("joinUrl").lastIndexOf('/') + 1));
    }

    @Test
    void the_same_event_delivered_twice_makes_one_meeting_and_says_it_was_a_duplicate() {
        String mentor = "m-rest-2-" + Bookings.newEventId();
        String account = Mentors.connect(mentor, "zoom");
        String sessionId = Bookings.newSessionId();
        String event = Bookings.confirmed(Bookings.newEventId(), sessionId, mentor, "e-rest-2");
        JsonObject first = Api.json(Api.post("/api/booking-events", booker, event));
        JsonObject second = Api.json(Api.post("/api/booking-events", booker, event));

        assertThat(first.getBoolean("duplicate")).isFalse();
        assertThat(second.getBoolean("duplicate")).isTrue();
        assertThat(second.getJsonObject("meetingLink").getString("joinUrl"))
                .isEqualTo(first.getJsonObject("meetingLink").getString("joinUrl"));
        assertThat(Simulator.meetingCount("zoom", account))
                .as("Zoom meetings made")
                .isEqualTo(1);
        assertThat(Database.count(
                        "select count(*) from notification_outbox where session_id = ? and kind = 'SESSION_CONFIRMED'",
                        sessionId))
                .isEqualTo(2);
    }

    /**
     * Eight deliveries of one session at once, four with the same event id and four with new ones, for a mentor
     * whose meetings are made in Zoom: one is applied, the rest are duplicates or ignored, all answer with the same
     * join link, one Zoom meeting is made and one pair of confirmation emails is queued.
     */
    @Test
    void racing_deliveries_of_one_session_make_one_meeting_and_one_pair_of_emails() throws Exception {
        String mentor = "m-rest-3-" + Bookings.newEventId();
        String account = Mentors.connect(mentor, "zoom");
        String sessionId = Bookings.newSessionId();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<JsonObject> answers = new ArrayList<>();
        try {
            List<Callable<HttpResponse<String>>> posts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String event = Bookings.confirmed(
                        i % 2 == 0 ? "race-" + sessionId : Bookings.newEventId(), sessionId, mentor, "e-rest-3");
                posts.add(() -> Api.post("/api/booking-events", booker, event));
            }
            for (Future<HttpResponse<String>> answer : pool.invokeAll(posts)) {
                assertThat(answer.get().statusCode()).as(answer.get().body()).isEqualTo(200);
                answers.add(Api.json(answer.get()));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(answers)
                .extracting(a -> a.getString("result"))
                .containsOnly("APPLIED", "DUPLICATE", "IGNORED")
                .filteredOn("APPLIED"::equals)
                .hasSize(1);
        assertThat(answers)
                .extracting(a -> a.getString("result"))
                .filteredOn("DUPLICATE"::equals)
                .hasSize(3);
        assertThat(answers)
                .extracting(a -> a.getJsonObject("meetingLink").getString("joinUrl"))
                .containsOnly(answers.get(0).getJsonObject("meetingLink").getString("joinUrl"));
        Eventually.await(
                "the session's meeting",
                Duration.ofSeconds(20),
                () -> Database.count(
                                        "select count(*) from meeting_link where session_id = ? and status = 'ACTIVE'",
                                        sessionId)
                                == 1
                        ? Optional.of(true)
                        : Optional.empty());
        assertThat(Simulator.meetingCount("zoom", account))
                .as("Zoom meetings made")
                .isEqualTo(1);
        assertThat(Database.count(
                        "select count(*) from notification_outbox where session_id = ? and kind = 'SESSION_CONFIRMED'",
                        sessionId))
                .as("confirmation emails queued (mentor and mentee)")
                .isEqualTo(2);
    }

    @Test
    void rescheduling_and_cancelling_change_the_stored_session() {
        String sessionId = Bookings.newSessionId();
        Api.post(
                "/api/booking-events",
                booker,
                Bookings.confirmed(Bookings.newEventId(), sessionId, "m-rest-4", "e-rest-4"));

        String move =
                Bookings.rescheduled(Bookings.newEventId(), sessionId, java.time.Instant.parse("2027-01-05T14:00:00Z"));
        assertThat(Api.json(Api.post("/api/booking-events", booker, move)).getBoolean("duplicate"))
                .isFalse();
        assertThat(Api.json(Api.post("/api/booking-events", booker, move)).getBoolean("duplicate"))
                .isTrue();
        assertThat(Database.text(
                        "select sequence::text || ' ' || time_zone from mentoring_session where session_id = ?",
                        sessionId))
                .isEqualTo("1 America/New_York");

        HttpResponse<String> cancelled =
                Api.post("/api/booking-events", booker, Bookings.cancelled(Bookings.newEventId(), sessionId));
        assertThat(Api.json(cancelled).getJsonObject("meetingLink").getString("status"))
                .isEqualTo("CANCELLED");
    }

    @Test
    void rescheduling_a_session_not_confirmed_yet_is_held_for_its_confirmation() {
        HttpResponse<String> response = Api.post(
                "/api/booking-events",
                booker,
                Bookings.rescheduled(
                        Bookings.newEventId(),
                        Bookings.newSessionId(),
                        java.time.Instant.now().plusSeconds(86400)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(Api.json(response).getString("result")).isEqualTo("HELD");
    }
}
