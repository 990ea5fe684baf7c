package org.meetlinks.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.meetlinks.it.Api.token;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.meetlinks.testkit.TestHttp;

/** A mentor connects Google through OAuth; confirmed sessions get real (simulated) Meet links. */
class GoogleMeetIT {
    private static final String MEET = "https://meet\\.google\\.com/[a-z]{3}-[a-z]{4}-[a-z]{3}";

    @AfterEach
    void clearFaults() {
        Simulator.clearFaults("google");
    }

    @Test
    void connect_google_then_a_confirmed_session_gets_a_meet_link_and_the_join_url_redirects_there() {
        String account = Mentors.connect("m-google-1", "google");
        assertThat(Mentors.connectionStatus("m-google-1", "google")).isEqualTo("CONNECTED");

        String sessionId = Bookings.newSessionId();
        JsonObject link = Mentors.confirmActive(sessionId, "m-google-1");
        assertThat(link.getString("status")).isEqualTo("ACTIVE");
        assertThat(link.getString("platform")).isEqualTo("GOOGLE_MEET");
        assertThat(link.getString("url")).matches(MEET);
        assertThat(link.getString("creatorId")).isEqualTo("m-google-1");

        HttpResponse<String> join = Api.getAbsolute(link.getString("joinUrl"));
        assertThat(join.statusCode()).isEqualTo(302);
        assertThat(join.headers().firstValue("Location")).contains(link.getString("url"));
        assertThat(Simulator.meetingCount("google", account)).isEqualTo(1);
        assertThat(Simulator.get("/requests/rejected").getInt("count"))
                .as("requests the simulator found invalid")
                .isZero();
    }

    /**
     * The refresh token at rest is AES-GCM under the server's key, bound to its row and column: it decrypts with that
     * key to the token the simulated Google issued, and not when read as another mentor's.
     */
    @Test
    void tokens_are_stored_encrypted_and_decrypt_to_the_issued_token_only_in_their_own_row() throws Exception {
        Mentors.connect("m-google-2", "google");
        byte[] stored = Database.bytes(
                "select refresh_token_enc from provider_connection "
                        + "where mentor_id = ? and platform = 'GOOGLE_MEET'",
                "m-google-2");
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("sim-");

        assertThat(StoredTokens.decrypt(stored, "m-google-2", "GOOGLE_MEET", "refresh_token_enc"))
                .as("the refresh token the simulated Google issued")
                .startsWith("1//sim-");
        assertThatThrownBy(() -> StoredTokens.decrypt(stored, "m-google-other", "GOOGLE_MEET", "refresh_token_enc"))
                .isInstanceOf(javax.crypto.AEADBadTagException.class);
    }

    @Test
    void a_pending_conference_is_awaited_until_it_succeeds() {
        String account = Mentors.connect("m-google-3", "google");
        Simulator.control("/faults", "{\"provider\":\"google\",\"pendingReads\":2}");
        JsonObject link = Mentors.confirmActive(Bookings.newSessionId(), "m-google-3");
        assertThat(link.getString("status")).isEqualTo("ACTIVE");
        assertThat(link.getString("url")).matches(MEET);
        assertThat(Simulator.meetingCount("google", account)).isEqualTo(1);
    }

    @Test
    void a_provider_failing_twice_then_answering_gives_the_link_within_5_s_and_no_email_to_the_mentor() {
        // Fails if failed calls waited for the background sweep instead of being retried within the time budget.
        String account = Mentors.connect("m-google-4", "google");
        Simulator.control(
                "/faults",
                "{\"provider\":\"google\",\"serverErrorStatus\":503,\"serverErrorCount\":2,"
                        + "\"operations\":[\"create\"]}");
        String sessionId = Bookings.newSessionId();
        JsonObject link = Mentors.confirm(sessionId, "m-google-4");

        assertThat(link.getString("status")).isEqualTo("ACTIVE");
        assertThat(link.getString("url")).matches(MEET);
        assertThat(Database.count(
                        "select count(*) from meeting_link where session_id = ? "
                                + "and updated_at - created_at <= interval '5 seconds'",
                        sessionId))
                .isEqualTo(1);
        assertThat(Database.count(
                        "select count(*) from notification_outbox where session_id = ? "
                                + "and kind in ('ADD_LINK_MANUALLY', 'LINK_UPDATED')",
                        sessionId))
                .isZero();
        assertThat(Simulator.meetingCount("google", account)).isEqualTo(1);
    }

    @Test
    void errors_outlasting_the_budget_leave_the_placeholder_without_email_and_a_background_retry_upgrades_it() {
        String account = Mentors.connect("m-google-9", "google");
        Simulator.control(
                "/faults",
                "{\"provider\":\"google\",\"serverErrorStatus\":503,\"serverErrorRate\":1.0,"
                        + "\"operations\":[\"create\"],\"accounts\":[\"" + account + "\"]}");
        String sessionId = Bookings.newSessionId();
        JsonObject answered = Mentors.confirm(sessionId, "m-google-9");
        assertThat(answered.getString("status")).isEqualTo("PENDING");
        assertThat(answered.getString("joinUrl")).contains("/join/");
        JsonObject afterFirstRun = Eventually.await("the first run's end", Duration.ofSeconds(10), () -> {
            JsonObject now =
                    Api.json(Api.get("/api/sessions/" + sessionId + "/meeting-link", token("m-google-9", "mentor")));
            return now.containsKey("failureReason") ? Optional.of(now) : Optional.empty();
        });
        assertThat(afterFirstRun.getString("status")).isEqualTo("PENDING");
        assertThat(afterFirstRun.getString("failureReason")).contains("Google");
        assertThat(Database.count(
                        "select count(*) from notification_outbox where session_id = ? "
                                + "and kind = 'ADD_LINK_MANUALLY'",
                        sessionId))
                .isZero();

        Simulator.clearFaults("google");
        JsonObject recovered = Mentors.awaitActiveLink(sessionId, "m-google-9");
        assertThat(recovered.getString("url")).matches(MEET);
        assertThat(Simulator.meetingCount("google", account)).isEqualTo(1);
    }

    @Test
    void a_dead_grant_asks_the_mentor_once_to_reconnect_and_reconnecting_regenerates_the_links() {
        String account = Mentors.connect("m-google-5", "google");
        Simulator.control("/grants/google/invalidate?account=" + account, "{}");
        String first = Bookings.newSessionId();
        String second = Bookings.newSessionId();
        assertThat(Mentors.confirm(first, "m-google-5").getString("status")).isEqualTo("AWAITING_MANUAL_LINK");
        assertThat(Mentors.confirm(second, "m-google-5").getString("failureReason"))
                .contains("reconnect");
        assertThat(Mentors.connectionStatus("m-google-5", "google")).isEqualTo("NEEDS_RECONNECT");
        assertThat(Database.count(
                        "select count(*) from notification_outbox where kind = 'RECONNECT_PROVIDER' "
                                + "and recipient_email = ?",
                        "m-google-5@example.org"))
                .isEqualTo(1);
        assertThat(Database.count(
                        "select count(*) from notification_outbox where kind = 'ADD_LINK_MANUALLY' "
                                + "and recipient_email = ?",
                        "m-google-5@example.org"))
                .as("no per-session email for a dead grant")
                .isZero();

        Mentors.connect("m-google-5", "google");
        for (String sessionId : new String[] {first, second}) {
            Mentors.awaitActiveLink(sessionId, "m-google-5");
        }
        assertThat(Simulator.meetingCount("google", account)).isEqualTo(2);
    }

    @Test
    void disconnecting_revokes_the_grant_and_new_sessions_wait_for_a_manual_link() {
        Mentors.connect("m-google-6", "google");
        assertThat(Api.delete("/api/me/connections/google", token("m-google-6", "mentor"))
                        .statusCode())
                .isEqualTo(204);
        assertThat(Mentors.connectionStatus("m-google-6", "google")).isEqualTo("DISCONNECTED");
        JsonArray grants = Simulator.get("/grants?provider=google&account=m-google-6@example.org")
                .getJsonArray("grants");
        assertThat(grants).isNotEmpty();
        assertThat(grants.stream().map(g -> g.asJsonObject().getBoolean("revoked")))
                .containsOnly(true);
        assertThat(Mentors.confirm(Bookings.newSessionId(), "m-google-6").getString("status"))
                .isEqualTo("AWAITING_MANUAL_LINK");
    }

    @Test
    void a_tampered_or_replayed_state_is_rejected() {
        String mentor = token("m-google-7", "mentor");
        HttpResponse<String> authorize = Api.post("/api/me/connections/google/authorize", mentor, "");
        String cookie = TestHttp.cookieSetBy(authorize);
        String consentUrl = Api.json(authorize).getString("authorizationUrl");
        String callback =
                Api.getAbsolute(consentUrl).headers().firstValue("Location").orElseThrow();

        String tampered = callback.replaceAll("state=[^&]+", "state=forged");
        assertThat(Api.getAbsolute(tampered, cookie)
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .contains("connectError");
        assertThat(Api.getAbsolute(callback, cookie)
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .contains("connected=google");
        assertThat(Api.getAbsolute(callback, cookie)
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .contains("connectError");
    }

    @Test
    void a_create_that_timed_out_after_google_made_the_event_still_gives_one_event() {
        String account = Mentors.connect("m-google-8", "google");
        // Google makes the event but answers only after the client's 5 s read timeout.
        Simulator.control(
                "/faults",
                "{\"provider\":\"google\",\"timeoutCount\":1,\"timeoutMs\":7000,"
                        + "\"timeoutExecutes\":true,\"operations\":[\"create\"]}");
        String sessionId = Bookings.newSessionId();
        Mentors.confirm(sessionId, "m-google-8");

        JsonObject link = Mentors.awaitActiveLink(sessionId, "m-google-8");
        assertThat(link.getString("url")).matches(MEET);
        assertThat(Simulator.meetingCount("google", account)).isEqualTo(1);
    }
}
