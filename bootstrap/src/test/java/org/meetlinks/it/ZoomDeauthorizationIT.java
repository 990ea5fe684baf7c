package org.meetlinks.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * A mentor removes meetlinks from their Zoom account: Zoom (the simulator) sends a signed app_deauthorized event to
 * POST /webhooks/zoom; the tokens go, the connection is DISCONNECTED and upcoming Zoom sessions get a new link.
 * Unsigned, forged or stale events are answered 401 and change nothing.
 */
class ZoomDeauthorizationIT {
    private static final String SECRET = System.getProperty("it.zoomWebhookSecret", "dev-zoom-webhook-secret");

    @Test
    void deauthorizing_zoom_deletes_its_tokens_and_moves_the_upcoming_session_to_google_keeping_the_join_url() {
        String account = Mentors.connect("m-deauth-1", "google");
        Mentors.connect("m-deauth-1", "zoom");
        Api.put("/api/me/preferences", Api.token("m-deauth-1", "mentor"), "{\"defaultPlatform\":\"ZOOM\"}");
        String sessionId = Bookings.newSessionId();
        JsonObject zoomLink = Mentors.confirm(sessionId, "m-deauth-1");
        assertThat(zoomLink.getString("platform")).isEqualTo("ZOOM");

        JsonObject sent = Simulator.control("/zoom/deauthorize?account=" + account, "{}");

        assertThat(sent.getInt("webhookStatus")).isEqualTo(204);
        assertThat(Mentors.connectionStatus("m-deauth-1", "zoom")).isEqualTo("DISCONNECTED");
        assertThat(Database.count(
                        "select count(*) from provider_connection where mentor_id = ? and platform = 'ZOOM' "
                                + "and access_token_enc is null and refresh_token_enc is null and account_id is null",
                        "m-deauth-1"))
                .isEqualTo(1);
        JsonObject google = awaitPlatform(sessionId, "m-deauth-1", "GOOGLE_MEET");
        assertThat(google.getString("joinUrl")).isEqualTo(zoomLink.getString("joinUrl"));
        assertThat(Mentors.connectionStatus("m-deauth-1", "google")).isEqualTo("CONNECTED");
    }

    @Test
    void without_another_account_the_session_waits_for_a_manual_link_with_one_prompt() {
        String account = Mentors.connect("m-deauth-2", "zoom");
        String sessionId = Bookings.newSessionId();
        assertThat(Mentors.confirm(sessionId, "m-deauth-2").getString("platform"))
                .isEqualTo("ZOOM");

        Simulator.control("/zoom/deauthorize?account=" + account, "{}");

        Eventually.await(
                "the placeholder",
                Duration.ofSeconds(30),
                () -> "AWAITING_MANUAL_LINK"
                                .equals(link(sessionId, "m-deauth-2").getString("status"))
                        ? Optional.of(true)
                        : Optional.empty());
        assertThat(Database.count(
                        "select count(*) from notification_outbox where session_id = ? "
                                + "and kind = 'ADD_LINK_MANUALLY'",
                        sessionId))
                .isEqualTo(1);
    }

    @Test
    void unsigned_forged_and_stale_events_are_refused_and_change_nothing() {
        Mentors.connect("m-deauth-3", "zoom");
        String sessionId = Bookings.newSessionId();
        Mentors.confirm(sessionId, "m-deauth-3");
        String userId = Database.text(
                "select account_id from provider_connection where mentor_id = ? " + "and platform = 'ZOOM'",
                "m-deauth-3");
        String event =
                "{\"event\":\"app_deauthorized\",\"event_ts\":" + Instant.now().toEpochMilli()
                        + ",\"payload\":{\"user_id\":\"" + userId + "\",\"account_id\":\"a\",\"client_id\":\"c\"}}";
        String now = Long.toString(Instant.now().getEpochSecond());
        String stale = Long.toString(Instant.now().minusSeconds(6 * 60).getEpochSecond());

        assertRefused(Api.postWithHeaders("/webhooks/zoom", event));
        assertRefused(Api.postWithHeaders(
                "/webhooks/zoom",
                event,
                "x-zm-request-timestamp",
                now,
                "x-zm-signature",
                "v0=" + hmac("not-the-secret", "v0:" + now + ":" + event)));
        assertRefused(Api.postWithHeaders(
                "/webhooks/zoom",
                event,
                "x-zm-request-timestamp",
                stale,
                "x-zm-signature",
                "v0=" + hmac(SECRET, "v0:" + stale + ":" + event)));
        assertRefused(Api.postWithHeaders(
                "/webhooks/zoom",
                event.replace(userId, userId + "x"),
                "x-zm-request-timestamp",
                now,
                "x-zm-signature",
                "v0=" + hmac(SECRET, "v0:" + now + ":" + event)));

        assertThat(Mentors.connectionStatus("m-deauth-3", "zoom")).isEqualTo("CONNECTED");
        assertThat(link(sessionId, "m-deauth-3").getString("status")).isEqualTo("ACTIVE");
        assertThat(link(sessionId, "m-deauth-3").getString("platform")).isEqualTo("ZOOM");

        // the same event, signed with the secret and fresh, is accepted
        assertThat(Api.postWithHeaders(
                                "/webhooks/zoom",
                                event,
                                "x-zm-request-timestamp",
                                now,
                                "x-zm-signature",
                                "v0=" + hmac(SECRET, "v0:" + now + ":" + event))
                        .statusCode())
                .isEqualTo(204);
        assertThat(Mentors.connectionStatus("m-deauth-3", "zoom")).isEqualTo("DISCONNECTED");
    }

    @Test
    void zooms_endpoint_validation_challenge_is_answered() {
        assertThat(Simulator.control("/zoom/validate-webhook", "{}").getBoolean("valid"))
                .isTrue();
        assertRefused(Api.postWithHeaders(
                "/webhooks/zoom", "{\"event\":\"endpoint.url_validation\",\"payload\":{\"plainToken\":\"abc\"}}"));
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    private static JsonObject link(String sessionId, String mentorId) {
        return Api.json(Api.get("/api/sessions/" + sessionId + "/meeting-link", Api.token(mentorId, "mentor")));
    }

    private static JsonObject awaitPlatform(String sessionId, String mentorId, String platform) {
        return Eventually.await("a " + platform + " link for " + sessionId, Duration.ofSeconds(30), () -> {
            JsonObject now = link(sessionId, mentorId);
            return "ACTIVE".equals(now.getString("status")) && platform.equals(now.getString("platform", ""))
                    ? Optional.of(now)
                    : Optional.empty();
        });
    }

    private static String hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
