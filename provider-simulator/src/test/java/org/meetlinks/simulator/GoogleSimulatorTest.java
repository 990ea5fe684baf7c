package org.meetlinks.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Google OAuth and Calendar behaviour of the simulator, exercised over HTTP. */
class GoogleSimulatorTest {

    private static final String EVENTS = "/google/calendar/v3/calendars/primary/events";

    private SimClient sim;

    @BeforeEach
    void reset() {
        sim = SimClient.resetShared();
    }

    static String eventJson(String id, String requestId) {
        return "{" + (id == null ? "" : "\"id\":\"" + id + "\",") + "\"summary\":\"Mentoring session\","
                + "\"start\":{\"dateTime\":\"2026-03-01T10:00:00+01:00\"},"
                + "\"end\":{\"dateTime\":\"2026-03-01T11:00:00+01:00\"},"
                + "\"conferenceData\":{\"createRequest\":{\"requestId\":\"" + requestId + "\","
                + "\"conferenceSolutionKey\":{\"type\":\"hangoutsMeet\"}}}}";
    }

    @Test
    void full_flow_authorize_token_insert_gives_meet_link() {
        String verifier = SimClient.verifier();
        SimClient.Reply auth = sim.authorize(
                "/google/o/oauth2/v2/auth", SimClient.googleAuthorizeParams(SimClient.challenge(verifier), "state-42"));
        assertThat(auth.status()).isEqualTo(302);
        String location = auth.header("Location");
        assertThat(location).startsWith(SimClient.REDIRECT + "?");
        assertThat(SimClient.queryParam(location, "state")).isEqualTo("state-42");
        String code = SimClient.queryParam(location, "code");

        SimClient.Reply token = sim.form(
                "/google/token",
                SimClient.map(
                        "grant_type",
                        "authorization_code",
                        "code",
                        code,
                        "redirect_uri",
                        SimClient.REDIRECT,
                        "code_verifier",
                        verifier,
                        "client_id",
                        "meetlinks-google-client",
                        "client_secret",
                        "meetlinks-google-secret"),
                null,
                null);
        assertThat(token.status()).isEqualTo(200);
        assertThat(token.json().get("token_type").asText()).isEqualTo("Bearer");
        assertThat(token.json().get("expires_in").asLong()).isEqualTo(3600);
        assertThat(token.json().hasNonNull("refresh_token")).isTrue();
        String access = token.json().get("access_token").asText();

        SimClient.Reply calendar = sim.api("GET", "/google/calendar/v3/calendars/primary", access, null);
        assertThat(calendar.status()).isEqualTo(200);
        assertThat(calendar.json().get("id").asText()).isEqualTo("mentor@example.com");

        SimClient.Reply created = sim.api(
                "POST",
                EVENTS + "?conferenceDataVersion=1&sendUpdates=none",
                access,
                eventJson("0123456789abcdefghijklmnopqrstuv", "req-1"));
        assertThat(created.status()).isEqualTo(200);
        JsonNode event = created.json();
        assertThat(event.get("id").asText()).isEqualTo("0123456789abcdefghijklmnopqrstuv");
        assertThat(event.at("/conferenceData/createRequest/status/statusCode").asText())
                .isEqualTo("success");
        String link = event.get("hangoutLink").asText();
        assertThat(link).matches("https://meet\\.google\\.com/[a-z]{3}-[a-z]{4}-[a-z]{3}");
        assertThat(event.at("/conferenceData/entryPoints/0/entryPointType").asText())
                .isEqualTo("video");
        assertThat(event.at("/conferenceData/entryPoints/0/uri").asText()).isEqualTo(link);
        assertThat(event.at("/conferenceData/conferenceId").asText())
                .isEqualTo(link.substring(link.lastIndexOf('/') + 1));

        SimClient.Reply second = sim.api("POST", EVENTS + "?conferenceDataVersion=1", access, eventJson(null, "req-2"));
        assertThat(second.json().get("hangoutLink").asText()).isNotEqualTo(link);

        JsonNode listing = sim.get("/__sim/meetings?provider=google").json();
        assertThat(listing.get("count").asInt()).isEqualTo(2);
        assertThat(listing.at("/meetings/0/requestId").asText()).isEqualTo("req-1");
        assertThat(listing.at("/meetings/0/clientEventId").asText()).isEqualTo("0123456789abcdefghijklmnopqrstuv");
        assertThat(listing.at("/meetings/0/sendUpdates").asText()).isEqualTo("none");
    }

    @Test
    void code_is_single_use_and_verifier_is_checked() {
        String verifier = SimClient.verifier();
        SimClient.Reply auth = sim.authorize(
                "/google/o/oauth2/v2/auth", SimClient.googleAuthorizeParams(SimClient.challenge(verifier), "s"));
        String code = SimClient.queryParam(auth.header("Location"), "code");
        Map<String, String> wrongVerifier = SimClient.map(
                "grant_type",
                "authorization_code",
                "code",
                code,
                "redirect_uri",
                SimClient.REDIRECT,
                "code_verifier",
                SimClient.verifier(),
                "client_id",
                "meetlinks-google-client",
                "client_secret",
                "meetlinks-google-secret");
        SimClient.Reply bad = sim.form("/google/token", wrongVerifier, null, null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asText()).isEqualTo("invalid_grant");
        wrongVerifier.put("code_verifier", verifier);
        SimClient.Reply reused = sim.form("/google/token", wrongVerifier, null, null);
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.json().get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void authorize_without_pkce_is_refused_and_recorded() {
        Map<String, String> params = SimClient.googleAuthorizeParams("x", "s");
        params.remove("code_challenge");
        params.remove("code_challenge_method");
        SimClient.Reply reply = sim.authorize("/google/o/oauth2/v2/auth", params);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.raw().body()).contains("code_challenge_method");
        assertThat(sim.get("/__sim/requests/rejected").json().get("count").asInt())
                .isEqualTo(1);
    }

    @Test
    void consent_page_approves_through_a_form_post() {
        sim.post("/__sim/consent", "{\"autoApprove\":false,\"accountEmail\":\"ada@example.org\"}");
        String verifier = SimClient.verifier();
        SimClient.Reply page = sim.authorize(
                "/google/o/oauth2/v2/auth", SimClient.googleAuthorizeParams(SimClient.challenge(verifier), "st"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().body()).contains("id=\"approve\"").contains("ada@example.org");
        String consentId = page.raw().body().replaceAll("(?s).*name=\"consent_id\" value=\"([^\"]+)\".*", "$1");
        SimClient.Reply approved = sim.form(
                "/google/o/oauth2/v2/auth",
                SimClient.map("consent_id", consentId, "account_email", "ada@example.org", "decision", "allow"),
                null,
                null);
        assertThat(approved.status()).isEqualTo(302);
        assertThat(SimClient.queryParam(approved.header("Location"), "state")).isEqualTo("st");
        String code = SimClient.queryParam(approved.header("Location"), "code");
        SimClient.Reply token = sim.form(
                "/google/token",
                SimClient.map(
                        "grant_type",
                        "authorization_code",
                        "code",
                        code,
                        "redirect_uri",
                        SimClient.REDIRECT,
                        "code_verifier",
                        verifier,
                        "client_id",
                        "meetlinks-google-client",
                        "client_secret",
                        "meetlinks-google-secret"),
                null,
                null);
        String access = token.json().get("access_token").asText();
        assertThat(sim.api("GET", "/google/calendar/v3/calendars/primary", access, null)
                        .json()
                        .get("id")
                        .asText())
                .isEqualTo("ada@example.org");
    }

    @Test
    void duplicate_event_id_answers409() {
        String access = sim.googleTokens().get("access_token").asText();
        String body = eventJson("abcdefghij0123456789", "req-dup");
        assertThat(sim.api("POST", EVENTS + "?conferenceDataVersion=1", access, body)
                        .status())
                .isEqualTo(200);
        SimClient.Reply again = sim.api("POST", EVENTS + "?conferenceDataVersion=1", access, body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().at("/error/errors/0/reason").asText()).isEqualTo("duplicate");
        assertThat(sim.get("/__sim/meetings").json().get("count").asInt()).isEqualTo(1);
    }

    @Test
    void pending_conference_becomes_success_on_the_nth_read() {
        sim.post("/__sim/faults", "{\"provider\":\"google\",\"pendingReads\":2}");
        String access = sim.googleTokens().get("access_token").asText();
        JsonNode created = sim.api(
                        "POST", EVENTS + "?conferenceDataVersion=1", access, eventJson("pending0001", "req-p"))
                .json();
        assertThat(created.at("/conferenceData/createRequest/status/statusCode").asText())
                .isEqualTo("pending");
        assertThat(created.has("hangoutLink")).isFalse();
        String path = EVENTS + "/pending0001";
        JsonNode first = sim.api("GET", path, access, null).json();
        assertThat(first.at("/conferenceData/createRequest/status/statusCode").asText())
                .isEqualTo("pending");
        JsonNode second = sim.api("GET", path, access, null).json();
        assertThat(second.at("/conferenceData/createRequest/status/statusCode").asText())
                .isEqualTo("success");
        assertThat(second.get("hangoutLink").asText()).startsWith("https://meet.google.com/");
    }

    @Test
    void spec_invalid_request_answers400_and_is_listed() {
        String access = sim.googleTokens().get("access_token").asText();
        SimClient.Reply reply =
                sim.api("POST", EVENTS + "?conferenceDataVersion=1&sendUpdates=everyone", access, eventJson(null, "r"));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().at("/error/message").asText()).contains("sendUpdates");
        JsonNode rejected = sim.get("/__sim/requests/rejected").json();
        assertThat(rejected.get("count").asInt()).isEqualTo(1);
        assertThat(rejected.at("/rejected/0/reason").asText()).contains("everyone");
        assertThat(sim.get("/__sim/meetings").json().get("count").asInt()).isZero();
    }

    @Test
    void a_description_of_more_than8000_characters_is_refused_on_insert_and_patch() {
        String access = sim.googleTokens().get("access_token").asText();
        String longest = "d".repeat(8000);
        String fits = eventJson("desc00001", "req-d1")
                .replace("\"summary\"", "\"description\":\"" + longest + "\",\"summary\"");
        assertThat(sim.api("POST", EVENTS + "?conferenceDataVersion=1", access, fits)
                        .status())
                .isEqualTo(200);
        String tooLong = eventJson("desc00002", "req-d2")
                .replace("\"summary\"", "\"description\":\"" + longest + "e\",\"summary\"");
        SimClient.Reply refused = sim.api("POST", EVENTS + "?conferenceDataVersion=1", access, tooLong);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/error/errors/0/location").asText()).isEqualTo("description");
        SimClient.Reply patch =
                sim.api("PATCH", EVENTS + "/desc00001", access, "{\"description\":\"" + longest + "e\"}");
        assertThat(patch.status()).isEqualTo(400);
        assertThat(sim.get("/__sim/requests/rejected").json().get("count").asInt())
                .isEqualTo(2);
        assertThat(sim.get("/__sim/meetings").json().get("count").asInt()).isEqualTo(1);
    }

    @Test
    void insert_without_conference_data_version_or_with_bad_id_is_refused() {
        String access = sim.googleTokens().get("access_token").asText();
        assertThat(sim.api("POST", EVENTS, access, eventJson(null, "r")).status())
                .isEqualTo(400);
        SimClient.Reply badId = sim.api("POST", EVENTS + "?conferenceDataVersion=1", access, eventJson("xyz-!", "r"));
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().at("/error/errors/0/message").asText()).isEqualTo("Invalid resource id value.");
        assertThat(sim.get("/__sim/requests/rejected").json().get("count").asInt())
                .isEqualTo(2);
    }

    @Test
    void patch_delete_and_deleted_event_behaviour() {
        String access = sim.googleTokens().get("access_token").asText();
        sim.api("POST", EVENTS + "?conferenceDataVersion=1", access, eventJson("evt00001", "r1"));
        String path = EVENTS + "/evt00001";
        SimClient.Reply patched = sim.api(
                "PATCH",
                path + "?sendUpdates=all",
                access,
                "{\"start\":{\"dateTime\":\"2026-03-02T10:00:00Z\"},\"end\":{\"dateTime\":\"2026-03-02T11:00:00Z\"}}");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.json().at("/start/dateTime").asText()).isEqualTo("2026-03-02T10:00:00Z");
        assertThat(patched.json().get("summary").asText()).isEqualTo("Mentoring session");
        assertThat(patched.json().get("hangoutLink").asText()).startsWith("https://meet.google.com/");
        assertThat(sim.api("DELETE", path, access, null).status()).isEqualTo(204);
        assertThat(sim.api("GET", path, access, null).json().get("status").asText())
                .isEqualTo("cancelled");
        assertThat(sim.api("DELETE", path, access, null).status()).isEqualTo(410);
        assertThat(sim.api("GET", EVENTS + "/unknown000", access, null).status())
                .isEqualTo(404);
    }

    @Test
    void revoke_and_invalidate_kill_the_grant() {
        JsonNode tokens = sim.googleTokens();
        String access = tokens.get("access_token").asText();
        String refresh = tokens.get("refresh_token").asText();
        Map<String, String> refreshParams = SimClient.map(
                "grant_type",
                "refresh_token",
                "refresh_token",
                refresh,
                "client_id",
                "meetlinks-google-client",
                "client_secret",
                "meetlinks-google-secret");
        SimClient.Reply refreshed = sim.form("/google/token", refreshParams, null, null);
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.json().has("refresh_token")).isFalse();

        assertThat(sim.post("/__sim/grants/google/invalidate?account=mentor@example.com", "")
                        .json()
                        .get("invalidated")
                        .asInt())
                .isEqualTo(1);
        SimClient.Reply unauthorized = sim.api("GET", "/google/calendar/v3/calendars/primary", access, null);
        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(unauthorized.json().at("/error/errors/0/reason").asText()).isEqualTo("authError");
        SimClient.Reply dead = sim.form("/google/token", refreshParams, null, null);
        assertThat(dead.status()).isEqualTo(400);
        assertThat(dead.json().get("error").asText()).isEqualTo("invalid_grant");

        JsonNode fresh = sim.googleTokens();
        assertThat(sim.form(
                                "/google/revoke",
                                SimClient.map(
                                        "token", fresh.get("refresh_token").asText()),
                                null,
                                null)
                        .status())
                .isEqualTo(200);
        assertThat(sim.api(
                                "GET",
                                "/google/calendar/v3/calendars/primary",
                                fresh.get("access_token").asText(),
                                null)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void expired_access_token_answers401_until_refreshed() {
        sim.post("/__sim/config", "{\"provider\":\"google\",\"accessTokenExpiresInSeconds\":0}");
        JsonNode tokens = sim.googleTokens();
        assertThat(tokens.get("expires_in").asInt()).isZero();
        assertThat(sim.api(
                                "GET",
                                "/google/calendar/v3/calendars/primary",
                                tokens.get("access_token").asText(),
                                null)
                        .status())
                .isEqualTo(401);
        sim.post("/__sim/config", "{\"provider\":\"google\",\"accessTokenExpiresInSeconds\":3600}");
        JsonNode refreshed = sim.form(
                        "/google/token",
                        SimClient.map(
                                "grant_type",
                                "refresh_token",
                                "refresh_token",
                                tokens.get("refresh_token").asText(),
                                "client_id",
                                "meetlinks-google-client",
                                "client_secret",
                                "meetlinks-google-secret"),
                        null,
                        null)
                .json();
        assertThat(sim.api(
                                "GET",
                                "/google/calendar/v3/calendars/primary",
                                refreshed.get("access_token").asText(),
                                null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void injected_rate_limits_and_server_errors() {
        String access = sim.googleTokens().get("access_token").asText();
        sim.post(
                "/__sim/faults",
                "{\"provider\":\"google\",\"rateLimitCount\":1,\"rateLimit403Count\":1,"
                        + "\"serverErrorCount\":1,\"serverErrorStatus\":500,\"operations\":[\"create\"]}");
        String body = eventJson("limit00001", "rl");
        SimClient.Reply first = sim.api("POST", EVENTS + "?conferenceDataVersion=1", access, body);
        assertThat(first.status()).isEqualTo(500);
        SimClient.Reply second = sim.api("POST", EVENTS + "?conferenceDataVersion=1", access, body);
        assertThat(second.status()).isEqualTo(429);
        assertThat(second.json().at("/error/errors/0/reason").asText()).isEqualTo("rateLimitExceeded");
        SimClient.Reply third = sim.api("POST", EVENTS + "?conferenceDataVersion=1", access, body);
        assertThat(third.status()).isEqualTo(403);
        assertThat(third.json().at("/error/errors/0/domain").asText()).isEqualTo("usageLimits");
        assertThat(sim.api("GET", "/google/calendar/v3/calendars/primary", access, null)
                        .status())
                .isEqualTo(200);
        assertThat(sim.api("POST", EVENTS + "?conferenceDataVersion=1", access, body)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void token_without_a_calendar_scope_gets403() {
        String verifier = SimClient.verifier();
        Map<String, String> params = SimClient.googleAuthorizeParams(SimClient.challenge(verifier), "s");
        params.put("scope", "openid email");
        String code = SimClient.queryParam(
                sim.authorize("/google/o/oauth2/v2/auth", params).header("Location"), "code");
        String access = sim.form(
                        "/google/token",
                        SimClient.map(
                                "grant_type",
                                "authorization_code",
                                "code",
                                code,
                                "redirect_uri",
                                SimClient.REDIRECT,
                                "code_verifier",
                                verifier,
                                "client_id",
                                "meetlinks-google-client",
                                "client_secret",
                                "meetlinks-google-secret"),
                        null,
                        null)
                .json()
                .get("access_token")
                .asText();
        SimClient.Reply reply = sim.api("POST", EVENTS + "?conferenceDataVersion=1", access, eventJson(null, "r"));
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().at("/error/errors/0/reason").asText()).isEqualTo("insufficientPermissions");
    }

    @Test
    void update_replaces_fields_and_keeps_the_conference_without_version1() {
        String access = sim.googleTokens().get("access_token").asText();
        String link = sim.api("POST", EVENTS + "?conferenceDataVersion=1", access, eventJson("upd00001", "r"))
                .json()
                .get("hangoutLink")
                .asText();
        SimClient.Reply updated = sim.api(
                "PUT",
                EVENTS + "/upd00001",
                access,
                "{\"summary\":\"Renamed\",\"start\":{\"dateTime\":\"2026-03-01T12:00:00\",\"timeZone\":\"Europe/Berlin\"},"
                        + "\"end\":{\"dateTime\":\"2026-03-01T13:00:00\",\"timeZone\":\"Europe/Berlin\"}}");
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("summary").asText()).isEqualTo("Renamed");
        assertThat(updated.json().get("hangoutLink").asText()).isEqualTo(link);
        assertThat(updated.json().get("sequence").asInt()).isEqualTo(1);
        SimClient.Reply noEnd =
                sim.api("PUT", EVENTS + "/upd00001", access, "{\"start\":{\"dateTime\":\"2026-03-01T12:00:00Z\"}}");
        assertThat(noEnd.status()).isEqualTo(400);
        assertThat(noEnd.json().at("/error/message").asText()).isEqualTo("Missing end time.");
    }

    @Test
    void second_authorization_without_prompt_consent_gets_no_new_refresh_token() {
        assertThat(sim.googleTokens().hasNonNull("refresh_token")).isTrue();
        String verifier = SimClient.verifier();
        Map<String, String> params = SimClient.googleAuthorizeParams(SimClient.challenge(verifier), "again");
        params.remove("prompt");
        String code = SimClient.queryParam(
                sim.authorize("/google/o/oauth2/v2/auth", params).header("Location"), "code");
        JsonNode second = sim.form(
                        "/google/token",
                        SimClient.map(
                                "grant_type",
                                "authorization_code",
                                "code",
                                code,
                                "redirect_uri",
                                SimClient.REDIRECT,
                                "code_verifier",
                                verifier,
                                "client_id",
                                "meetlinks-google-client",
                                "client_secret",
                                "meetlinks-google-secret"),
                        null,
                        null)
                .json();
        assertThat(second.hasNonNull("access_token")).isTrue();
        assertThat(second.has("refresh_token")).isFalse();
    }
}
