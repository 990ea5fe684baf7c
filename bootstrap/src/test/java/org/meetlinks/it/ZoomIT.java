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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Zoom as the mentor's default: links, rotating refresh tokens under concurrency, dead grants, limits. */
class ZoomIT {
    private static final String ZOOM = "https://us05web\\.zoom\\.us/j/\\d{9,12}\\?pwd=.+";

    @AfterEach
    void reset() {
        Simulator.clearFaults("zoom");
        Simulator.control("/config", "{\"provider\":\"zoom\",\"accessTokenExpiresInSeconds\":3600}");
    }

    @Test
    void zoom_as_default_platform_gives_zoom_links() {
        Mentors.connect("m-zoom-1", "google");
        String account = Mentors.connect("m-zoom-1", "zoom");
        HttpResponse<String> set =
                Api.put("/api/me/preferences", token("m-zoom-1", "mentor"), "{\"defaultPlatform\":\"ZOOM\"}");
        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(Api.json(Api.get("/api/me/preferences", token("m-zoom-1", "mentor")))
                        .getString("defaultPlatform"))
                .isEqualTo("ZOOM");

        JsonObject link = Mentors.confirmActive(Bookings.newSessionId(), "m-zoom-1");
        assertThat(link.getString("platform")).isEqualTo("ZOOM");
        assertThat(link.getString("url")).matches(ZOOM);
        assertThat(Simulator.meetingCount("zoom", account)).isEqualTo(1);
    }

    @Test
    void concurrent_confirmations_with_an_expiring_token_refresh_once_and_keep_the_connection() throws Exception {
        // Issued for 30 s: inside the refresh margin, so every confirmation wants a fresh token at once.
        Simulator.control("/config", "{\"provider\":\"zoom\",\"accessTokenExpiresInSeconds\":30}");
        String account = Mentors.connect("m-zoom-2", "zoom");
        Simulator.control("/config", "{\"provider\":\"zoom\",\"accessTokenExpiresInSeconds\":3600}");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Callable<JsonObject>> confirmations = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            confirmations.add(() -> Mentors.confirmActive(Bookings.newSessionId(), "m-zoom-2"));
        }
        try {
            for (Future<JsonObject> link : pool.invokeAll(confirmations)) {
                assertThat(link.get().getString("status")).isEqualTo("ACTIVE");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(Mentors.connectionStatus("m-zoom-2", "zoom")).isEqualTo("CONNECTED");
        JsonObject grant = Simulator.get("/grants?provider=zoom&account=" + account)
                .getJsonArray("grants")
                .getJsonObject(0);
        assertThat(grant.getInt("refreshCount")).isEqualTo(1);
        assertThat(Simulator.meetingCount("zoom", account)).isEqualTo(6);
    }

    @Test
    void the_daily_limit_keeps_the_placeholder_retries_after_midnight_utc_and_says_why() {
        String account = Mentors.connect("m-zoom-3", "zoom");
        Simulator.control("/faults", "{\"provider\":\"zoom\",\"dailyLimit\":1}");
        assertThat(Mentors.confirmActive(Bookings.newSessionId(), "m-zoom-3").getString("status"))
                .isEqualTo("ACTIVE");
        String sessionId = Bookings.newSessionId();
        JsonObject limited = Mentors.confirm(sessionId, "m-zoom-3");
        assertThat(limited.getString("status")).isEqualTo("PENDING");
        assertThat(limited.getString("failureReason")).contains("Zoom").contains("daily");
        assertThat(Database.count(
                        "select count(*) from meeting_link where session_id = ? and next_attempt_at >= "
                                + "(date_trunc('day', now() at time zone 'utc') + interval '1 day') at time zone 'utc' - interval '2 seconds'",
                        sessionId))
                .as(
                        "the next attempt waits for Zoom's reset at 00:00 UTC, not %s",
                        Database.text(
                                "select next_attempt_at::text "
                                        + "|| ' ' || status || ' ' || coalesce(failure_reason, '') from meeting_link where session_id = ?",
                                sessionId))
                .isEqualTo(1);
        assertThat(Database.count(
                        "select count(*) from notification_outbox where session_id = ? "
                                + "and kind = 'ADD_LINK_MANUALLY'",
                        sessionId))
                .as("the session is days ahead: no email yet")
                .isZero();
        assertThat(Simulator.meetingCount("zoom", account)).isEqualTo(1);
    }

    @Test
    void a_create_that_timed_out_after_zoom_made_the_meeting_still_gives_one_meeting() {
        String account = Mentors.connect("m-zoom-4", "zoom");
        // Zoom makes the meeting but answers only after 7 s, past every read timeout.
        Simulator.control(
                "/faults",
                "{\"provider\":\"zoom\",\"timeoutCount\":1,\"timeoutMs\":7000,"
                        + "\"timeoutExecutes\":true,\"operations\":[\"create\"]}");
        String sessionId = Bookings.newSessionId();
        Mentors.confirm(sessionId, "m-zoom-4");

        JsonObject link = Mentors.awaitActiveLink(sessionId, "m-zoom-4");
        assertThat(link.getString("url")).matches(ZOOM);
        assertThat(Simulator.meetingCount("zoom", account)).isEqualTo(1);
        assertThat(Database.count(
                        "select count(*) from meeting_link where session_id = ? "
                                + "and updated_at - created_at <= interval '5 seconds'",
                        sessionId))
                .as("the create's own timeout is cut to the 5 s budget, and the lookup finds the meeting in it")
                .isEqualTo(1);
    }
}
