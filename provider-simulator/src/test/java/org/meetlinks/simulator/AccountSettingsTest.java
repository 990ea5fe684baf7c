package org.meetlinks.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Accounts as they come: a Workspace with Google Meet turned off, a Zoom account on another Zoom domain. */
class AccountSettingsTest {
    private static final String ACCOUNT = "mentor@example.com";

    private SimClient sim;

    @BeforeEach
    void reset() {
        sim = SimClient.resetShared();
    }

    @Test
    void with_meet_turned_off_the_calendar_allows_no_meet_and_an_insert_gets_invalid_conference_type() {
        sim.post("/__sim/accounts", "{\"account\":\"" + ACCOUNT + "\",\"meetTurnedOff\":true}");
        String access = sim.googleTokens().get("access_token").asText();

        JsonNode calendar = sim.api("GET", "/google/calendar/v3/calendars/primary", access, null)
                .json();
        assertThat(calendar.at("/conferenceProperties/allowedConferenceSolutionTypes"))
                .isEmpty();

        SimClient.Reply insert = sim.api(
                "POST",
                "/google/calendar/v3/calendars/primary/events?conferenceDataVersion=1",
                access,
                GoogleSimulatorTest.eventJson(null, "r-1"));
        assertThat(insert.status()).isEqualTo(400);
        assertThat(insert.json().at("/error/errors/0/reason").asText()).isEqualTo("invalid");
        assertThat(insert.json().at("/error/message").asText()).isEqualTo("Invalid conference type value.");
        assertThat(sim.get("/__sim/meetings?provider=google")
                        .json()
                        .get("count")
                        .asInt())
                .isZero();
    }

    @Test
    void by_default_the_calendar_allows_meet() {
        String access = sim.googleTokens().get("access_token").asText();
        JsonNode calendar = sim.api("GET", "/google/calendar/v3/calendars/primary", access, null)
                .json();
        assertThat(calendar.at("/conferenceProperties/allowedConferenceSolutionTypes/0")
                        .asText())
                .isEqualTo("hangoutsMeet");
    }

    @Test
    void a_zoomgov_account_gets_join_links_on_its_own_host() {
        sim.post("/__sim/accounts", "{\"account\":\"" + ACCOUNT + "\",\"zoomJoinUrlHost\":\"agency.zoomgov.com\"}");
        String access = sim.zoomTokens().get("access_token").asText();

        SimClient.Reply created = sim.api(
                "POST",
                "/zoom/v2/users/me/meetings",
                access,
                "{\"topic\":\"t\",\"type\":2,\"start_time\":\"2026-03-01T09:00:00Z\",\"duration\":30}");

        assertThat(created.json().get("join_url").asText()).startsWith("https://agency.zoomgov.com/j/");
        assertThat(sim.get("/__sim/accounts")
                        .json()
                        .at("/accounts/0/zoomJoinUrlHost")
                        .asText())
                .isEqualTo("agency.zoomgov.com");
        sim.post("/__sim/reset", "{}");
        assertThat(sim.get("/__sim/accounts").json().get("accounts")).isEmpty();
    }
}
