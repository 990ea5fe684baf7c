package org.meetlinks.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A user may grant only some of the requested scopes (Google's granular consent, Zoom's optional scopes): the token
 * answer says which, and calls needing a withheld scope fail the provider's way.
 */
class GrantedScopesTest {
    private static final String EVENTS = "/google/calendar/v3/calendars/primary/events?conferenceDataVersion=1";
    private static final String CALENDAR_EVENTS = "https://www.googleapis.com/auth/calendar.events";
    private static final String CALENDAR_READONLY = "https://www.googleapis.com/auth/calendar.readonly";

    private SimClient sim;

    @BeforeEach
    void reset() {
        sim = SimClient.resetShared();
    }

    @Test
    void the_google_consent_page_has_a_ticked_checkbox_per_scope_and_an_unticked_one_is_not_granted() {
        sim.post("/__sim/consent", "{\"autoApprove\":false}");
        String verifier = SimClient.verifier();
        SimClient.Reply page = sim.authorize(
                "/google/o/oauth2/v2/auth", SimClient.googleAuthorizeParams(SimClient.challenge(verifier), "st"));
        assertThat(page.raw().body())
                .contains("type=\"checkbox\" checked id=\"scope-0\" name=\"scope\" value=\"" + CALENDAR_EVENTS + "\"")
                .contains("id=\"scope-1\"");
        String consentId = page.raw().body().replaceAll("(?s).*name=\"consent_id\" value=\"([^\"]+)\".*", "$1");

        // the user unticks calendar.events and allows the rest
        SimClient.Reply approved = sim.form(
                "/google/o/oauth2/v2/auth",
                SimClient.map(
                        "consent_id", consentId, "scopes_shown", "1", "scope", CALENDAR_READONLY, "decision", "allow"),
                null,
                null);
        JsonNode tokens = exchangeGoogle(approved, verifier);

        assertThat(tokens.get("scope").asText()).isEqualTo(CALENDAR_READONLY);
        SimClient.Reply insert = sim.api(
                "POST", EVENTS, tokens.get("access_token").asText(), GoogleSimulatorTest.eventJson(null, "r-1"));
        assertThat(insert.status()).isEqualTo(403);
        assertThat(insert.json().at("/error/errors/0/reason").asText()).isEqualTo("insufficientPermissions");
        assertThat(insert.json().at("/error/message").asText())
                .isEqualTo("Request had insufficient authentication scopes.");
    }

    @Test
    void scripted_runs_set_the_granted_scopes_through_the_control_api() {
        JsonNode consent = sim.post("/__sim/consent", "{\"grantedScopes\":[\"" + CALENDAR_READONLY + "\"]}")
                .json();
        assertThat(consent.get("grantedScopes").get(0).asText()).isEqualTo(CALENDAR_READONLY);

        JsonNode tokens = sim.googleTokens();

        assertThat(tokens.get("scope").asText()).isEqualTo(CALENDAR_READONLY);
        assertThat(sim.get("/__sim/grants?provider=google")
                        .json()
                        .at("/grants/0/scopes/0")
                        .asText())
                .isEqualTo(CALENDAR_READONLY);
        sim.post("/__sim/consent", "{\"grantedScopes\":null}");
        assertThat(sim.googleTokens().get("scope").asText()).contains(CALENDAR_EVENTS);
    }

    @Test
    void a_zoom_token_without_a_meeting_scope_gets_code_4711_on_create() {
        sim.post("/__sim/consent", "{\"grantedScopes\":[\"user:read\"]}");
        JsonNode tokens = sim.zoomTokens();
        assertThat(tokens.get("scope").asText()).isEqualTo("user:read");
        String access = tokens.get("access_token").asText();

        SimClient.Reply create = sim.api(
                "POST",
                "/zoom/v2/users/me/meetings",
                access,
                "{\"topic\":\"t\",\"type\":2,\"start_time\":\"2026-03-01T09:00:00Z\",\"duration\":30}");

        assertThat(create.status()).isEqualTo(400);
        assertThat(create.json().get("code").asInt()).isEqualTo(4711);
        assertThat(create.json().get("message").asText())
                .isEqualTo(
                        "Invalid access token, does not contain "
                                + "scopes:[meeting:write:admin, meeting:write, meeting:write:meeting, meeting:write:meeting:admin].");
        assertThat(sim.api("GET", "/zoom/v2/users/me", access, null).status()).isEqualTo(200);
        assertThat(sim.api("GET", "/zoom/v2/users/me/meetings", access, null)
                        .json()
                        .get("code")
                        .asInt())
                .isEqualTo(4711);
        assertThat(sim.get("/__sim/meetings?provider=zoom").json().get("count").asInt())
                .isZero();
    }

    @Test
    void a_zoom_token_with_the_apps_scopes_reaches_every_meetlinks_operation() {
        String access = sim.zoomTokens().get("access_token").asText();
        SimClient.Reply created = sim.api(
                "POST",
                "/zoom/v2/users/me/meetings",
                access,
                "{\"topic\":\"t\",\"type\":2,\"start_time\":\"2026-03-01T09:00:00Z\",\"duration\":30}");
        String meeting = "/zoom/v2/meetings/" + created.json().get("id").asText();
        assertThat(created.status()).isEqualTo(201);
        assertThat(sim.api("GET", "/zoom/v2/users/me/meetings", access, null).status())
                .isEqualTo(200);
        assertThat(sim.api("GET", "/zoom/v2/users/me", access, null).status()).isEqualTo(200);
        assertThat(sim.api("PATCH", meeting, access, "{\"topic\":\"u\"}").status())
                .isEqualTo(204);
        assertThat(sim.api("DELETE", meeting, access, null).status()).isEqualTo(204);
    }

    private JsonNode exchangeGoogle(SimClient.Reply approved, String verifier) {
        Map<String, String> p = SimClient.map(
                "grant_type",
                "authorization_code",
                "code",
                SimClient.queryParam(approved.header("Location"), "code"),
                "redirect_uri",
                SimClient.REDIRECT,
                "code_verifier",
                verifier,
                "client_id",
                "meetlinks-google-client",
                "client_secret",
                "meetlinks-google-secret");
        return sim.form("/google/token", p, null, null).json();
    }
}
