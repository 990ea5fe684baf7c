package org.meetlinks.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A Google Workspace account whose admin turned Google Meet off: the connection says so, the platform choice skips
 * Google, and the mentor is told once.
 */
class MeetTurnedOffIT {

    private static void meetTurnedOff(String account) {
        Simulator.control("/accounts", "{\"account\":\"" + account + "\",\"meetTurnedOff\":true}");
    }

    private static JsonObject connection(String mentorId, String provider) {
        return Api.jsonArray(Api.get("/api/me/connections", Api.token(mentorId, "mentor"))).stream()
                .map(v -> v.asJsonObject())
                .filter(c -> c.getString("provider").equals(provider))
                .findFirst()
                .orElseThrow();
    }

    /** The mentor was asked to add a link (the run that found Meet off ends a moment after the answer). */
    private static JsonObject awaitWaiting(String sessionId, String mentorId) {
        return Eventually.await("a link waiting for " + sessionId, Duration.ofSeconds(15), () -> {
            JsonObject now =
                    Api.json(Api.get("/api/sessions/" + sessionId + "/meeting-link", Api.token(mentorId, "mentor")));
            return "AWAITING_MANUAL_LINK".equals(now.getString("status")) ? Optional.of(now) : Optional.empty();
        });
    }

    @Test
    void found_at_connect_the_connection_says_so_and_sessions_go_to_zoom() {
        meetTurnedOff("m-meetoff-1@example.org");
        String account = Mentors.connect("m-meetoff-1", "google");
        Mentors.connect("m-meetoff-1", "zoom");
        Api.put("/api/me/preferences", Api.token("m-meetoff-1", "mentor"), "{\"defaultPlatform\":\"GOOGLE_MEET\"}");

        JsonObject google = connection("m-meetoff-1", "google");
        assertThat(google.getString("status")).isEqualTo("CONNECTED");
        assertThat(google.getBoolean("meetingsAllowed")).isFalse();
        assertThat(google.getString("reason"))
                .isEqualTo("Google Meet is turned off for this Google account: ask your Workspace admin, or use Zoom");

        JsonObject link = Mentors.confirm(Bookings.newSessionId(), "m-meetoff-1");
        assertThat(link.getString("status")).isEqualTo("ACTIVE");
        assertThat(link.getString("platform")).isEqualTo("ZOOM");
        assertThat(Simulator.meetingCount("google", account)).isZero();
    }

    @Test
    void found_at_create_the_session_waits_the_connection_records_it_and_the_mentor_is_told_once() {
        String account = Mentors.connect("m-meetoff-2", "google");
        meetTurnedOff(account);

        String firstSession = Bookings.newSessionId();
        String secondSession = Bookings.newSessionId();
        Mentors.confirm(firstSession, "m-meetoff-2");
        Mentors.confirm(secondSession, "m-meetoff-2");

        JsonObject first = awaitWaiting(firstSession, "m-meetoff-2");
        assertThat(first.getString("failureReason")).contains("turned off");
        assertThat(awaitWaiting(secondSession, "m-meetoff-2").getString("failureReason"))
                .contains("turned off");
        assertThat(connection("m-meetoff-2", "google").getBoolean("meetingsAllowed"))
                .isFalse();
        assertThat(Database.count(
                        "select count(*) from notification_outbox where kind = 'MEETINGS_TURNED_OFF' "
                                + "and recipient_email = ?",
                        "m-meetoff-2@example.org"))
                .isEqualTo(1);
        MimeMessage told = Eventually.await(
                "the Meet-turned-off mail",
                Duration.ofSeconds(20),
                () -> Mailbox.to("m-meetoff-2@example.org").stream()
                        .filter(m -> Mailbox.subject(m).contains("Google Meet is turned off"))
                        .findFirst());
        assertThat(Mailbox.part(told, "text/plain").orElseThrow()).contains("Workspace admin");
        assertThat(Simulator.meetingCount("google", account)).isZero();
    }

    @Test
    void found_at_create_with_zoom_connected_the_same_confirmation_gets_a_zoom_link() {
        String account = Mentors.connect("m-meetoff-3", "google");
        Mentors.connect("m-meetoff-3", "zoom");
        meetTurnedOff(account);

        JsonObject link = Mentors.confirm(Bookings.newSessionId(), "m-meetoff-3");

        assertThat(link.getString("status")).isEqualTo("ACTIVE");
        assertThat(link.getString("platform")).isEqualTo("ZOOM");
        assertThat(Database.count(
                        "select count(*) from notification_outbox where kind = 'ADD_LINK_MANUALLY' "
                                + "and recipient_email = ?",
                        "m-meetoff-3@example.org"))
                .isZero();
        assertThat(connection("m-meetoff-3", "google").getBoolean("meetingsAllowed"))
                .isFalse();
    }
}
