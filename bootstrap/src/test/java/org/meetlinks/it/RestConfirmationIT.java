package org.meetlinks.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetlinks.it.Api.token;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
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
        HttpResponse<String> posted = Api.post("/api/booking-events", booker,
                Bookings.confirmed(Bookings.newEventId(), sessionId, "m-rest-1", "e-rest-1"));

        assertThat(posted.statusCode()).isEqualTo(200);
        JsonObject link = Api.json(posted).getJsonObject("meetingLink");
        assertThat(link.getString("sessionId")).isEqualTo(sessionId);
        assertThat(link.getString("joinUrl")).matches(Api.BASE + "/join/[A-Za-z0-9_-]{43}");
        assertThat(link.getString("status")).isEqualTo("AWAITING_MANUAL_LINK");

        HttpResponse<String> asMentor = Api.get("/api/sessions/" + sessionId + "/meeting-link", token("m-rest-1", "mentor"));
        HttpResponse<String> asMentee = Api.get("/api/sessions/" + sessionId + "/meeting-link", token("e-rest-1", "mentee"));
        assertThat(asMentor.statusCode()).isEqualTo(200);
        assertThat(asMentee.statusCode()).isEqualTo(200);
        assertThat(Api.json(asMentee).getString("joinUrl")).isEqualTo(link.getString("joinUrl"));
        assertThat(Database.count("select count(*) from meeting_link where session_id = ?", sessionId)).isEqualTo(1);
        assertThat(Database.text("select join_token from meeting_link where session_id = ?", sessionId))
                .isEqualTo(link.getString("joinUrl").substring(link.getString("joinUrl").lastIndexOf('/') + 1));
    }

    @Test
    void the_same_event_delivered_twice_leaves_one_link_and_says_it_was_a_duplicate() {
        String sessionId = Bookings.newSessionId();
        String event = Bookings.confirmed(Bookings.newEventId(), sessionId, "m-rest-2", "e-rest-2");
        JsonObject first = Api.json(Api.post("/api/booking-events", booker, event));
        JsonObject second = Api.json(Api.post("/api/booking-events", booker, event));

        assertThat(first.getBoolean("duplicate")).isFalse();
        assertThat(second.getBoolean("duplicate")).isTrue();
        assertThat(second.getJsonObject("meetingLink").getString("joinUrl"))
                .isEqualTo(first.getJsonObject("meetingLink").getString("joinUrl"));
        assertThat(Database.count("select count(*) from meeting_link where session_id = ?", sessionId)).isEqualTo(1);
        assertThat(Database.count("select count(*) from notification_outbox where session_id = ? and kind = 'SESSION_CONFIRMED'",
                sessionId)).isEqualTo(2);
    }

    @Test
    void racing_deliveries_of_one_session_store_exactly_one_link() throws Exception {
        String sessionId = Bookings.newSessionId();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> posts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String event = Bookings.confirmed(i % 2 == 0 ? "race-" + sessionId : Bookings.newEventId(), sessionId,
                        "m-rest-3", "e-rest-3");
                posts.add(() -> Api.post("/api/booking-events", booker, event).statusCode());
            }
            for (Future<Integer> status : pool.invokeAll(posts)) {
                assertThat(status.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(Database.count("select count(*) from meeting_link where session_id = ?", sessionId)).isEqualTo(1);
        assertThat(Database.count("select count(*) from mentoring_session where session_id = ?", sessionId)).isEqualTo(1);
    }

    @Test
    void rescheduling_and_cancelling_change_the_stored_session() {
        String sessionId = Bookings.newSessionId();
        Api.post("/api/booking-events", booker, Bookings.confirmed(Bookings.newEventId(), sessionId, "m-rest-4", "e-rest-4"));

        String move = Bookings.rescheduled(Bookings.newEventId(), sessionId, java.time.Instant.parse("2027-01-05T14:00:00Z"));
        assertThat(Api.json(Api.post("/api/booking-events", booker, move)).getBoolean("duplicate")).isFalse();
        assertThat(Api.json(Api.post("/api/booking-events", booker, move)).getBoolean("duplicate")).isTrue();
        assertThat(Database.text("select sequence::text || ' ' || time_zone from mentoring_session where session_id = ?",
                sessionId)).isEqualTo("1 America/New_York");

        HttpResponse<String> cancelled = Api.post("/api/booking-events", booker,
                Bookings.cancelled(Bookings.newEventId(), sessionId));
        assertThat(Api.json(cancelled).getJsonObject("meetingLink").getString("status")).isEqualTo("CANCELLED");
    }

    @Test
    void rescheduling_a_session_not_confirmed_yet_is_held_for_its_confirmation() {
        HttpResponse<String> response = Api.post("/api/booking-events", booker,
                Bookings.rescheduled(Bookings.newEventId(), Bookings.newSessionId(), java.time.Instant.now().plusSeconds(86400)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(Api.json(response).getString("result")).isEqualTo("HELD");
    }
}
