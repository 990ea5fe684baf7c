package org.meetlinks.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.meetlinks.it.Api.token;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Booking events out of order, over REST and JMS: a cancel before its confirmation wins, a confirmation sent again
 * after the cancel changes nothing, a stale reschedule is ignored, a reschedule during the meeting's creation ends at
 * the new time at the provider, and a manual link deletes the provider meeting it replaces.
 */
class OutOfOrderEventsIT {
    private static final String BOOKER = token("booking-platform", "booking-system");

    @AfterEach
    void reset() {
        Simulator.clearFaults("zoom");
    }

    private static HttpResponse<String> send(String json) {
        return Api.post("/api/booking-events", BOOKER, json);
    }

    private static void sendOverJms(String json) {
        assertThat(Api.post("/dev-tools/jms/booking-events", null, json).statusCode())
                .isEqualTo(202);
    }

    private static JsonObject link(String sessionId, String mentorId) {
        return Api.json(Api.get("/api/sessions/" + sessionId + "/meeting-link", token(mentorId, "mentor")));
    }

    private static long mails(String sessionId) {
        return Database.count("select count(*) from notification_outbox where session_id = ?", sessionId);
    }

    @Test
    void a_cancel_before_the_confirmation_over_rest_wins_no_meeting_no_email() throws Exception {
        String account = Mentors.connect("m-ooo-1", "google");
        String sessionId = Bookings.newSessionId();

        HttpResponse<String> early = send(Bookings.cancelled(Bookings.newEventId(), sessionId));
        assertThat(early.statusCode()).as(early.body()).isEqualTo(202);
        assertThat(Api.json(early).getString("result")).isEqualTo("HELD");
        assertThat(Api.json(early).containsKey("meetingLink")).isFalse();

        HttpResponse<String> confirmed =
                send(Bookings.confirmed(Bookings.newEventId(), sessionId, "m-ooo-1", "e-ooo-1"));
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(Api.json(confirmed).getJsonObject("meetingLink").getString("status"))
                .isEqualTo("CANCELLED");
        assertThat(link(sessionId, "m-ooo-1").getString("status")).isEqualTo("CANCELLED");

        Thread.sleep(3000); // the outbox dispatcher and the generation sweep run every 1-2 s: give them the chance
        assertThat(Simulator.meetingCount("google", account)).isZero();
        assertThat(mails(sessionId)).isZero();
        assertThat(Mailbox.to("m-ooo-1@example.org")).isEmpty();
        assertThat(Mailbox.to("e-ooo-1@example.org")).isEmpty();
    }

    @Test
    void a_cancel_before_the_confirmation_over_jms_is_kept_not_dead_lettered() throws Exception {
        String account = Mentors.connect("m-ooo-2", "google");
        String sessionId = Bookings.newSessionId();
        String cancelId = Bookings.newEventId();

        sendOverJms(Bookings.cancelled(cancelId, sessionId));
        Eventually.await(
                "the early cancel held",
                Duration.ofSeconds(20),
                () -> Database.count("select count(*) from held_booking_change where session_id = ?", sessionId) == 1
                        ? Optional.of(true)
                        : Optional.empty());
        sendOverJms(Bookings.confirmed(Bookings.newEventId(), sessionId, "m-ooo-2", "e-ooo-2"));

        Eventually.await(
                "the session stored cancelled",
                Duration.ofSeconds(20),
                () -> Database.count(
                                        "select count(*) from mentoring_session where session_id = ? and state = 'CANCELLED'",
                                        sessionId)
                                == 1
                        ? Optional.of(true)
                        : Optional.empty());
        assertThat(link(sessionId, "m-ooo-2").getString("status")).isEqualTo("CANCELLED");
        Thread.sleep(3000);
        assertThat(Simulator.meetingCount("google", account)).isZero();
        assertThat(mails(sessionId)).isZero();
        assertThat(deadLetters()).noneMatch(body -> body.contains(sessionId));
    }

    @Test
    void a_confirmation_sent_again_after_the_cancel_over_rest_and_jms_changes_nothing() {
        String account = Mentors.connect("m-ooo-3", "google");
        String sessionId = Bookings.newSessionId();
        String confirmation = Bookings.confirmed(Bookings.newEventId(), sessionId, "m-ooo-3", "e-ooo-3");
        assertThat(send(confirmation).statusCode()).isEqualTo(200);
        Mentors.awaitActiveLink(sessionId, "m-ooo-3");
        assertThat(send(Bookings.cancelled(Bookings.newEventId(), sessionId)).statusCode())
                .isEqualTo(200);
        long mailsAfterCancel = mails(sessionId);

        JsonObject again = Api.json(send(confirmation));
        assertThat(again.getBoolean("duplicate")).isTrue();
        assertThat(again.getJsonObject("meetingLink").getString("status")).isEqualTo("CANCELLED");
        String newId = Bookings.newEventId();
        sendOverJms(confirmation);
        sendOverJms(Bookings.confirmed(newId, sessionId, "m-ooo-3", "e-ooo-3"));
        Eventually.await(
                "the new confirmation handled",
                Duration.ofSeconds(20),
                () -> Database.count("select count(*) from booking_event where event_id = ?", newId) == 1
                        ? Optional.of(true)
                        : Optional.empty());

        assertThat(link(sessionId, "m-ooo-3").getString("status")).isEqualTo("CANCELLED");
        assertThat(Simulator.meetingCount("google", account)).isEqualTo(1);
        assertThat(mails(sessionId)).isEqualTo(mailsAfterCancel);
    }

    @Test
    void a_stale_reschedule_is_ignored() {
        Mentors.connect("m-ooo-4", "google");
        String sessionId = Bookings.newSessionId();
        Mentors.confirmActive(sessionId, "m-ooo-4");
        Instant newer = Instant.now().plus(Duration.ofDays(5)).truncatedTo(ChronoUnit.HOURS);
        Instant older = newer.plus(Duration.ofDays(1));
        Instant changedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        HttpResponse<String> moved = send(Bookings.rescheduled(Bookings.newEventId(), sessionId, newer, changedAt));
        assertThat(Api.json(moved).getString("result")).as(moved.body()).isEqualTo("APPLIED");
        HttpResponse<String> stale =
                send(Bookings.rescheduled(Bookings.newEventId(), sessionId, older, changedAt.minusSeconds(60)));

        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(Api.json(stale).getString("result")).isEqualTo("IGNORED");
        assertThat(Database.text(
                        "select to_char(starts_at at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') "
                                + "from mentoring_session where session_id = ?",
                        sessionId))
                .isEqualTo(newer.toString());
        assertThat(Database.count(
                        "select count(*) from notification_outbox where session_id = ? "
                                + "and kind = 'SESSION_RESCHEDULED'",
                        sessionId))
                .isEqualTo(2);
    }

    @Test
    void a_reschedule_while_the_zoom_meeting_is_made_ends_at_the_new_time_at_zoom() throws Exception {
        String account = Mentors.connect("m-ooo-5", "zoom");
        Simulator.control(
                "/faults",
                "{\"provider\":\"zoom\",\"latencyMs\":1500,\"operations\":[\"create\"]," + "\"accounts\":[\"" + account
                        + "\"]}");
        String sessionId = Bookings.newSessionId();
        sendOverJms(Bookings.confirmed(Bookings.newEventId(), sessionId, "m-ooo-5", "e-ooo-5"));
        Eventually.await(
                "the create under way",
                Duration.ofSeconds(10),
                () -> Database.count(
                                        "select count(*) from meeting_link where session_id = ? and lease_until is not null",
                                        sessionId)
                                == 1
                        ? Optional.of(true)
                        : Optional.empty());
        Instant moved = Instant.now().plus(Duration.ofDays(6)).truncatedTo(ChronoUnit.HOURS);

        HttpResponse<String> reschedule = send(Bookings.rescheduled(Bookings.newEventId(), sessionId, moved));
        assertThat(reschedule.statusCode()).as(reschedule.body()).isEqualTo(200);
        assertThat(Api.json(reschedule).getJsonObject("meetingLink").getString("status"))
                .as("the reschedule came while the meeting was being made")
                .isEqualTo("PENDING");

        Mentors.awaitActiveLink(sessionId, "m-ooo-5");
        JsonObject meeting = Eventually.await("the Zoom meeting at the new time", Duration.ofSeconds(20), () -> {
            JsonArray meetings =
                    Simulator.get("/meetings?provider=zoom&account=" + account).getJsonArray("meetings");
            return meetings.stream()
                    .map(v -> v.asJsonObject())
                    .filter(m -> m.getString("start").equals(moved.toString()))
                    .findFirst();
        });
        assertThat(meeting.getBoolean("deleted")).isFalse();
        assertThat(Simulator.meetingCount("zoom", account)).isEqualTo(1);
    }

    @Test
    void a_manual_link_that_replaces_a_zoom_meeting_deletes_it_at_zoom() {
        String account = Mentors.connect("m-ooo-6", "zoom");
        String sessionId = Bookings.newSessionId();
        String zoomId =
                Mentors.confirmActive(sessionId, "m-ooo-6").getString("url").replaceAll(".*/j/(\\d+).*", "$1");

        HttpResponse<String> manual = Api.put(
                "/api/sessions/" + sessionId + "/meeting-link",
                token("m-ooo-6", "mentor"),
                "{\"url\":\"https://whereby.com/ada-ooo\"}");
        assertThat(manual.statusCode()).as(manual.body()).isEqualTo(200);

        Eventually.await("the replaced Zoom meeting deleted", Duration.ofSeconds(10), () -> {
            JsonArray meetings = Simulator.get("/meetings?provider=zoom&account=" + account + "&includeDeleted=true")
                    .getJsonArray("meetings");
            return meetings.stream()
                    .map(v -> v.asJsonObject())
                    .filter(m -> m.getString("id").equals(zoomId) && m.getBoolean("deleted"))
                    .findFirst();
        });
        assertThat(link(sessionId, "m-ooo-6").getString("url")).isEqualTo("https://whereby.com/ada-ooo");
    }

    private static java.util.List<String> deadLetters() {
        JsonArray letters = Json.createReader(new StringReader(
                        Api.get("/dev-tools/jms/dead-letters", null).body()))
                .readArray();
        return letters.stream().map(v -> v.asJsonObject().getString("body")).toList();
    }
}
