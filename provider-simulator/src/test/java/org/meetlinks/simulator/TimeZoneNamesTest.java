package org.meetlinks.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Both providers take IANA zone names only: an offset in the zone field is refused the provider's way. */
class TimeZoneNamesTest {

    private SimClient sim;

    @BeforeEach
    void reset() {
        sim = SimClient.resetShared();
    }

    private static String googleEvent(String zone) {
        return "{\"summary\":\"Mentoring\",\"start\":{\"dateTime\":\"2026-03-01T10:00:00+01:00\",\"timeZone\":\"" + zone
                + "\"},\"end\":{\"dateTime\":\"2026-03-01T11:00:00+01:00\",\"timeZone\":\"" + zone + "\"},"
                + "\"conferenceData\":{\"createRequest\":{\"requestId\":\"r-1\","
                + "\"conferenceSolutionKey\":{\"type\":\"hangoutsMeet\"}}}}";
    }

    private static String zoomMeeting(String zone) {
        return "{\"topic\":\"Mentoring\",\"type\":2,\"start_time\":\"2026-03-01T09:00:00Z\",\"duration\":60,"
                + "\"timezone\":\"" + zone + "\"}";
    }

    @ParameterizedTest
    @ValueSource(strings = {"+01:00", "GMT+1", "UTC+01:00", "Etc/GMT-1"})
    void google_refuses_an_offset_as_time_zone_with_invalid_time_zone_definition(String zone) {
        String access = sim.googleTokens().get("access_token").asText();
        SimClient.Reply reply = sim.api(
                "POST",
                "/google/calendar/v3/calendars/primary/events?conferenceDataVersion=1",
                access,
                googleEvent(zone));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().at("/error/errors/0/reason").asText()).isEqualTo("invalid");
        assertThat(reply.json().at("/error/message").asText())
                .isEqualTo("Invalid time zone definition for start time.");
        assertThat(sim.get("/__sim/meetings?provider=google")
                        .json()
                        .get("count")
                        .asInt())
                .isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Berlin", "UTC", "America/Argentina/Buenos_Aires"})
    void google_takes_iana_names(String zone) {
        String access = sim.googleTokens().get("access_token").asText();
        assertThat(sim.api(
                                "POST",
                                "/google/calendar/v3/calendars/primary/events?conferenceDataVersion=1",
                                access,
                                googleEvent(zone))
                        .status())
                .isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+01:00", "GMT+1", "Etc/GMT+5"})
    void zoom_refuses_an_offset_as_timezone(String zone) {
        String access = sim.zoomTokens().get("access_token").asText();
        SimClient.Reply reply = sim.api("POST", "/zoom/v2/users/me/meetings", access, zoomMeeting(zone));
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("code").asInt()).isEqualTo(300);
        assertThat(reply.json().at("/errors/0/field").asText()).isEqualTo("timezone");
        assertThat(sim.get("/__sim/meetings?provider=zoom").json().get("count").asInt())
                .isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Europe/Berlin", "UTC"})
    void zoom_takes_iana_names(String zone) {
        String access = sim.zoomTokens().get("access_token").asText();
        assertThat(sim.api("POST", "/zoom/v2/users/me/meetings", access, zoomMeeting(zone))
                        .status())
                .isEqualTo(201);
    }
}
