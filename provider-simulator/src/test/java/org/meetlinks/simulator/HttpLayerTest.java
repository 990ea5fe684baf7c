package org.meetlinks.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator as its callers see it over HTTP: statuses, bodies, headers, redirects and delays on the wire. */
class HttpLayerTest {

    private static ProviderSimulator simulator;
    private SimClient sim;

    @BeforeAll
    static void start() {
        simulator = ProviderSimulator.start(0);
    }

    @AfterAll
    static void stop() {
        simulator.stop();
    }

    @BeforeEach
    void reset() {
        sim = SimClient.of(simulator);
        sim.post("/__sim/reset", "");
    }

    @Test
    void a_call_against_the_spec_is_answered400_in_googles_json() {
        String access = sim.googleTokens().get("access_token").asText();

        SimClient.Reply reply = sim.api(
                "POST",
                "/google/calendar/v3/calendars/primary/events" + "?conferenceDataVersion=1&sendUpdates=everyone",
                access,
                GoogleSimulatorTest.eventJson(null, "r"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).isEqualTo("application/json; charset=UTF-8");
        assertThat(reply.json().at("/error/code").asInt()).isEqualTo(400);
        assertThat(reply.json().at("/error/message").asText()).contains("sendUpdates");
        assertThat(sim.get("/__sim/requests/rejected").json().get("count").asInt())
                .isEqualTo(1);
    }

    @Test
    void a_fault_answers_its_status_only_after_its_latency() {
        String access = sim.zoomTokens().get("access_token").asText();
        sim.post(
                "/__sim/faults",
                "{\"provider\":\"zoom\",\"latencyMs\":400,\"serverErrorCount\":1," + "\"serverErrorStatus\":503}");

        long started = System.nanoTime();
        SimClient.Reply reply = sim.api(
                "POST",
                "/zoom/v2/users/me/meetings",
                access,
                "{\"topic\":\"t\",\"type\":2,\"start_time\":\"2030-03-01T10:00:00Z\",\"duration\":30}");
        long tookMs = (System.nanoTime() - started) / 1_000_000;

        assertThat(reply.status()).isEqualTo(503);
        assertThat(tookMs).isGreaterThanOrEqualTo(400);
        assertThat(sim.get("/__sim/stats").json().get("zoom.create.503").asInt())
                .isEqualTo(1);
    }

    @Test
    void the_authorize_endpoint_redirects_to_the_callback_with_its_code() {
        SimClient.Reply reply = sim.authorize(
                "/google/o/oauth2/v2/auth",
                SimClient.googleAuthorizeParams(SimClient.challenge(SimClient.verifier()), "st-1"));

        assertThat(reply.status()).isEqualTo(302);
        assertThat(reply.header("Location"))
                .startsWith(SimClient.REDIRECT + "?code=")
                .endsWith("&state=st-1");
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        assertThat(reply.raw().body()).isEmpty();
    }

    @Test
    void text_outside_ascii_keeps_its_characters_both_ways() {
        String access = sim.zoomTokens().get("access_token").asText();

        SimClient.Reply created = sim.api(
                "POST",
                "/zoom/v2/users/me/meetings",
                access,
                "{\"topic\":\"Café für Zoë ✓\",\"type\":2,\"start_time\":\"2030-03-01T10:00:00Z\",\"duration\":30}");

        assertThat(created.status()).isEqualTo(201);
        SimClient.Reply read =
                sim.api("GET", "/zoom/v2/meetings/" + created.json().get("id").asText(), access, null);
        assertThat(read.json().get("topic").asText()).isEqualTo("Café für Zoë ✓");
    }

    @Test
    void a_deleted_meeting_is_answered204_without_body() {
        String access = sim.zoomTokens().get("access_token").asText();
        String id = sim.api(
                        "POST",
                        "/zoom/v2/users/me/meetings",
                        access,
                        "{\"topic\":\"t\",\"type\":2,\"start_time\":\"2030-03-01T10:00:00Z\",\"duration\":30}")
                .json()
                .get("id")
                .asText();

        SimClient.Reply deleted = sim.api("DELETE", "/zoom/v2/meetings/" + id, access, null);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.raw().body()).isEmpty();
    }

    @Test
    void reset_forgets_the_meetings_and_says_so() {
        String access = sim.zoomTokens().get("access_token").asText();
        sim.api(
                "POST",
                "/zoom/v2/users/me/meetings",
                access,
                "{\"topic\":\"t\",\"type\":2,\"start_time\":\"2030-03-01T10:00:00Z\",\"duration\":30}");

        SimClient.Reply reset = sim.post("/__sim/reset", "");

        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.json()).isEqualTo(SimClient.json("{\"status\":\"reset\"}"));
        assertThat(sim.get("/__sim/meetings").json().get("count").asInt()).isZero();
    }

    @Test
    void an_unknown_path_is_a_json404_and_a_head_request_gets_no_body() {
        SimClient.Reply unknown = sim.get("/nowhere");
        SimClient.Reply head = sim.send(HttpRequest.newBuilder(URI.create(sim.base + "/nowhere"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("error").asText()).isEqualTo("not_found");
        assertThat(head.status()).isEqualTo(404);
        assertThat(head.raw().body()).isEmpty();
        assertThat(sim.get("/__sim/health").json().get("status").asText()).isEqualTo("UP");
    }
}
