package org.meetlinks.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Zoom OAuth and Meetings behaviour of the simulator, exercised over HTTP. */
class ZoomSimulatorTest {

    private static final String CREATE = "/zoom/v2/users/me/meetings";
    private static final String MEETING_BODY = "{\"topic\":\"Mentoring\",\"type\":2,"
            + "\"start_time\":\"2026-03-01T10:00:00\",\"timezone\":\"Europe/Berlin\",\"duration\":45,"
            + "\"settings\":{\"join_before_host\":false,\"waiting_room\":true}}";

    private SimClient sim;

    @BeforeEach
    void reset() {
        sim = SimClient.resetShared();
    }

    @Test
    void create_get_patch_delete_meeting() {
        String access = sim.zoomTokens().get("access_token").asText();
        SimClient.Reply created = sim.api("POST", CREATE, access, MEETING_BODY);
        assertThat(created.status()).isEqualTo(201);
        JsonNode m = created.json();
        long id = m.get("id").asLong();
        assertThat(String.valueOf(id)).hasSize(11);
        assertThat(m.get("join_url").asText()).matches("https://us05web\\.zoom\\.us/j/" + id + "\\?pwd=\\S+");
        assertThat(m.get("start_url").asText()).startsWith("https://us05web.zoom.us/s/" + id);
        assertThat(m.get("password").asText()).isNotEmpty();
        assertThat(m.get("start_time").asText()).isEqualTo("2026-03-01T09:00:00Z");
        assertThat(m.get("timezone").asText()).isEqualTo("Europe/Berlin");
        assertThat(m.get("duration").asInt()).isEqualTo(45);
        assertThat(m.get("created_at").asText()).isNotEmpty();

        SimClient.Reply read = sim.api("GET", "/zoom/v2/meetings/" + id, access, null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("status").asText()).isEqualTo("waiting");

        SimClient.Reply patched = sim.api(
                "PATCH",
                "/zoom/v2/meetings/" + id,
                access,
                "{\"start_time\":\"2026-03-02T08:30:00Z\",\"duration\":30}");
        assertThat(patched.status()).isEqualTo(204);
        JsonNode after = sim.api("GET", "/zoom/v2/meetings/" + id, access, null).json();
        assertThat(after.get("start_time").asText()).isEqualTo("2026-03-02T08:30:00Z");
        assertThat(after.get("join_url").asText()).isEqualTo(m.get("join_url").asText());

        assertThat(sim.api("DELETE", "/zoom/v2/meetings/" + id, access, null).status())
                .isEqualTo(204);
        SimClient.Reply gone = sim.api("GET", "/zoom/v2/meetings/" + id, access, null);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.json().get("code").asInt()).isEqualTo(3001);
        JsonNode listing = sim.get("/__sim/meetings?provider=zoom").json();
        assertThat(listing.at("/meetings/0/deleted").asBoolean()).isTrue();
        assertThat(listing.at("/meetings/0/id").asText()).isEqualTo(String.valueOf(id));
    }

    @Test
    void users_me_returns_the_account() {
        sim.post("/__sim/consent", "{\"accountEmail\":\"grace@example.org\"}");
        String access = sim.zoomTokens().get("access_token").asText();
        JsonNode me = sim.api("GET", "/zoom/v2/users/me", access, null).json();
        assertThat(me.get("email").asText()).isEqualTo("grace@example.org");
        assertThat(me.get("id").asText()).hasSize(22);
        assertThat(me.get("first_name").asText()).isEqualTo("Grace");
        assertThat(me.has("last_name")).isTrue();
    }

    @Test
    void refresh_tokens_rotate_and_the_old_one_is_rejected() {
        JsonNode tokens = sim.zoomTokens();
        String first = tokens.get("refresh_token").asText();
        SimClient.Reply refreshed =
                sim.zoomForm("/zoom/oauth/token", SimClient.map("grant_type", "refresh_token", "refresh_token", first));
        assertThat(refreshed.status()).isEqualTo(200);
        String second = refreshed.json().get("refresh_token").asText();
        assertThat(second).isNotEqualTo(first);
        SimClient.Reply reuse =
                sim.zoomForm("/zoom/oauth/token", SimClient.map("grant_type", "refresh_token", "refresh_token", first));
        assertThat(reuse.status()).isEqualTo(400);
        assertThat(reuse.json().get("error").asText()).isEqualTo("invalid_grant");
        assertThat(sim.get("/__sim/requests/rejected")
                        .json()
                        .at("/rejected/0/reason")
                        .asText())
                .contains("invalid_grant");
        assertThat(sim.zoomForm(
                                "/zoom/oauth/token",
                                SimClient.map("grant_type", "refresh_token", "refresh_token", second))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void token_endpoint_needs_basic_client_authentication() {
        SimClient.Reply reply = sim.form(
                "/zoom/oauth/token", SimClient.map("grant_type", "refresh_token", "refresh_token", "x"), null, null);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("error").asText()).isEqualTo("invalid_client");
    }

    @Test
    void invalidated_grant_answers401_code124_and_refresh_invalid_grant() {
        JsonNode tokens = sim.zoomTokens();
        String access = tokens.get("access_token").asText();
        assertThat(sim.post("/__sim/grants/zoom/invalidate", "")
                        .json()
                        .get("invalidated")
                        .asInt())
                .isEqualTo(1);
        SimClient.Reply reply = sim.api("POST", CREATE, access, MEETING_BODY);
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().get("code").asInt()).isEqualTo(124);
        assertThat(reply.json().get("message").asText()).isEqualTo("Invalid access token.");
        SimClient.Reply refresh = sim.zoomForm(
                "/zoom/oauth/token",
                SimClient.map(
                        "grant_type",
                        "refresh_token",
                        "refresh_token",
                        tokens.get("refresh_token").asText()));
        assertThat(refresh.status()).isEqualTo(400);
        assertThat(refresh.json().get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void injected429_carries_rate_limit_headers() {
        String access = sim.zoomTokens().get("access_token").asText();
        sim.post("/__sim/faults", "{\"provider\":\"zoom\",\"rateLimitCount\":1}");
        SimClient.Reply limited = sim.api("POST", CREATE, access, MEETING_BODY);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.json().get("code").asInt()).isEqualTo(429);
        assertThat(limited.header("X-RateLimit-Category")).isEqualTo("Medium");
        assertThat(limited.header("X-RateLimit-Type")).isEqualTo("QPS");
        assertThat(limited.header("X-RateLimit-Remaining")).isEqualTo("0");
        assertThat(Instant.parse(limited.header("Retry-After")))
                .isAfter(Instant.now().minusSeconds(5));
        assertThat(sim.api("POST", CREATE, access, MEETING_BODY).status()).isEqualTo(201);
    }

    @Test
    void daily_limit_of_create_and_update_per_user() {
        sim.post("/__sim/faults", "{\"provider\":\"zoom\",\"dailyLimit\":3}");
        String access = sim.zoomTokens().get("access_token").asText();
        long id = sim.api("POST", CREATE, access, MEETING_BODY).json().get("id").asLong();
        assertThat(sim.api("PATCH", "/zoom/v2/meetings/" + id, access, "{\"duration\":20}")
                        .status())
                .isEqualTo(204);
        assertThat(sim.api("POST", CREATE, access, MEETING_BODY).status()).isEqualTo(201);
        SimClient.Reply limited = sim.api("POST", CREATE, access, MEETING_BODY);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("X-RateLimit-Type")).isEqualTo("Daily-limit");
        assertThat(limited.json().get("message").asText()).contains("daily rate limit (3)");
        assertThat(Instant.parse(limited.header("Retry-After")).toString()).endsWith("T00:00:00Z");
        assertThat(sim.api("GET", "/zoom/v2/meetings/" + id, access, null).status())
                .isEqualTo(200);

        sim.post("/__sim/consent", "{\"accountEmail\":\"other@example.org\"}");
        String otherAccess = sim.zoomTokens().get("access_token").asText();
        assertThat(sim.api("POST", CREATE, otherAccess, MEETING_BODY).status()).isEqualTo(201);
        assertThat(sim.api("GET", "/zoom/v2/meetings/" + id, otherAccess, null).status())
                .isEqualTo(404);
    }

    @Test
    void revoke_ends_the_grant() {
        JsonNode tokens = sim.zoomTokens();
        String access = tokens.get("access_token").asText();
        SimClient.Reply revoked = sim.zoomForm("/zoom/oauth/revoke", SimClient.map("token", access));
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("status").asText()).isEqualTo("success");
        assertThat(sim.api("GET", "/zoom/v2/users/me", access, null).status()).isEqualTo(401);
        assertThat(sim.zoomForm(
                                "/zoom/oauth/token",
                                SimClient.map(
                                        "grant_type",
                                        "refresh_token",
                                        "refresh_token",
                                        tokens.get("refresh_token").asText()))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void spec_invalid_meeting_is_rejected_with_code300() {
        String access = sim.zoomTokens().get("access_token").asText();
        SimClient.Reply reply = sim.api("POST", CREATE, access, "{\"topic\":\"t\",\"type\":7,\"duration\":\"30\"}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("code").asInt()).isEqualTo(300);
        assertThat(reply.json().get("errors")).hasSize(2);
        SimClient.Reply badTime = sim.api("POST", CREATE, access, "{\"topic\":\"t\",\"start_time\":\"tomorrow\"}");
        assertThat(badTime.status()).isEqualTo(400);
        assertThat(sim.get("/__sim/requests/rejected").json().get("count").asInt())
                .isEqualTo(2);
        assertThat(sim.get("/__sim/meetings").json().get("count").asInt()).isZero();
    }

    @Test
    void an_agenda_of_more_than2000_characters_is_rejected_on_create_and_update() {
        String access = sim.zoomTokens().get("access_token").asText();
        String longest = "a".repeat(2000);
        SimClient.Reply fits = sim.api(
                "POST",
                CREATE,
                access,
                MEETING_BODY.replace("\"type\":2,", "\"type\":2,\"agenda\":\"" + longest + "\","));
        assertThat(fits.status()).isEqualTo(201);
        SimClient.Reply tooLong = sim.api(
                "POST",
                CREATE,
                access,
                MEETING_BODY.replace("\"type\":2,", "\"type\":2,\"agenda\":\"" + longest + "b\","));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("code").asInt()).isEqualTo(300);
        assertThat(tooLong.json().toString()).contains("agenda");
        long id = fits.json().get("id").asLong();
        SimClient.Reply patched =
                sim.api("PATCH", "/zoom/v2/meetings/" + id, access, "{\"agenda\":\"" + longest + "b\"}");
        assertThat(patched.status()).isEqualTo(400);
        assertThat(sim.get("/__sim/requests/rejected").json().get("count").asInt())
                .isEqualTo(2);
        assertThat(sim.get("/__sim/meetings").json().get("count").asInt()).isEqualTo(1);
    }

    @Test
    void authorize_requires_pkce_and_registered_client() {
        Map<String, String> params = SimClient.zoomAuthorizeParams(SimClient.challenge(SimClient.verifier()), "s");
        params.put("code_challenge_method", "plain");
        assertThat(sim.authorize("/zoom/oauth/authorize", params).status()).isEqualTo(400);
        params.put("code_challenge_method", "S256");
        params.put("client_id", "unknown");
        assertThat(sim.authorize("/zoom/oauth/authorize", params).status()).isEqualTo(400);
        params.remove("state");
        params.put("client_id", "meetlinks-zoom-client");
        assertThat(sim.authorize("/zoom/oauth/authorize", params).status()).isEqualTo(400);
        assertThat(sim.get("/__sim/requests/rejected").json().get("count").asInt())
                .isEqualTo(3);
    }
}
