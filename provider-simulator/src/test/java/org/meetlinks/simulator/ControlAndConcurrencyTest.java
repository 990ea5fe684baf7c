package org.meetlinks.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The control API itself, timeouts, and behaviour under concurrent load. */
class ControlAndConcurrencyTest {

    private SimClient sim;

    @BeforeEach
    void reset() {
        sim = SimClient.resetShared();
    }

    @Test
    void control_api_rejects_typos_and_unknown_operations() {
        SimClient.Reply typo = sim.post("/__sim/faults", "{\"provider\":\"google\",\"serverErorCount\":1}");
        assertThat(typo.status()).isEqualTo(400);
        assertThat(typo.json().get("message").asText()).contains("serverErorCount");
        assertThat(sim.post("/__sim/faults", "{\"provider\":\"zoom\",\"pendingReads\":1}")
                        .status())
                .isEqualTo(400);
        assertThat(sim.post("/__sim/faults", "{\"provider\":\"teams\"}").status())
                .isEqualTo(400);
        assertThat(sim.get("/__sim/nothing").status()).isEqualTo(404);
        JsonNode faults = sim.post("/__sim/faults", "{\"provider\":\"zoom\",\"serverErrorCount\":2}")
                .json();
        assertThat(faults.at("/zoom/serverErrorCountLeft").asInt()).isEqualTo(2);
        sim.post("/__sim/reset", "");
        assertThat(sim.get("/__sim/faults")
                        .json()
                        .at("/zoom/serverErrorCountLeft")
                        .asInt())
                .isZero();
    }

    @Test
    void deleting_faults_of_one_provider_leaves_the_others_faults() {
        sim.post("/__sim/faults", "{\"provider\":\"zoom\",\"serverErrorCount\":2}");
        sim.post("/__sim/faults", "{\"provider\":\"google\",\"serverErrorCount\":3}");

        assertThat(sim.send(deleteFaults("?provider=teams")).status()).isEqualTo(400);
        JsonNode afterZoom = sim.send(deleteFaults("?provider=zoom")).json();
        assertThat(afterZoom.at("/zoom/serverErrorCountLeft").asInt()).isZero();
        assertThat(afterZoom.at("/google/serverErrorCountLeft").asInt()).isEqualTo(3);
        JsonNode afterAll = sim.send(deleteFaults("")).json();
        assertThat(afterAll.at("/google/serverErrorCountLeft").asInt()).isZero();
    }

    private HttpRequest.Builder deleteFaults(String query) {
        return HttpRequest.newBuilder(URI.create(sim.base + "/__sim/faults" + query))
                .DELETE();
    }

    @Test
    void registered_client_restricts_redirect_uris() {
        sim.post(
                "/__sim/clients",
                "{\"provider\":\"google\",\"clientId\":\"c2\",\"clientSecret\":\"s2\","
                        + "\"redirectUris\":[\"http://localhost:9080/only\"]}");
        java.util.Map<String, String> params =
                SimClient.googleAuthorizeParams(SimClient.challenge(SimClient.verifier()), "s");
        params.put("client_id", "c2");
        assertThat(sim.authorize("/google/o/oauth2/v2/auth", params).status()).isEqualTo(400);
        params.put("redirect_uri", "http://localhost:9080/only");
        assertThat(sim.authorize("/google/o/oauth2/v2/auth", params).status()).isEqualTo(302);
    }

    @Test
    void timeout_fault_delays_the_answer_but_still_executes() throws Exception {
        String access = sim.zoomTokens().get("access_token").asText();
        sim.post("/__sim/faults", "{\"provider\":\"zoom\",\"timeoutCount\":1,\"timeoutMs\":3000}");
        HttpRequest request = HttpRequest.newBuilder(URI.create(sim.base + "/zoom/v2/users/me/meetings"))
                .header("Authorization", "Bearer " + access)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofMillis(500))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"topic\":\"slow\",\"start_time\":\"2026-03-01T10:00:00Z\"}"))
                .build();
        try {
            sim.http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
            throw new AssertionError("expected a client timeout");
        } catch (HttpTimeoutException expected) {
            assertThat(expected).isNotNull();
        }
        assertThat(sim.get("/__sim/meetings?provider=zoom").json().get("count").asInt())
                .isEqualTo(1);
    }

    @Test
    void concurrent_creates_are_all_distinct_and_counted() throws Exception {
        // one Zoom user creating 150 meetings would hit Zoom's daily limit of 100
        sim.post("/__sim/faults", "{\"provider\":\"zoom\",\"dailyLimit\":1000}");
        String google = sim.googleTokens().get("access_token").asText();
        String zoom = sim.zoomTokens().get("access_token").asText();
        int perProvider = 150;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<SimClient.Reply>> futures = new ArrayList<>();
            for (int i = 0; i < perProvider; i++) {
                String eventId = String.format("evt%08d", i);
                futures.add(pool.submit(call(() -> sim.api(
                        "POST",
                        "/google/calendar/v3/calendars/primary/events?conferenceDataVersion=1",
                        google,
                        GoogleSimulatorTest.eventJson(eventId, "req-" + eventId)))));
                futures.add(pool.submit(call(() -> sim.api(
                        "POST",
                        "/zoom/v2/users/me/meetings",
                        zoom,
                        "{\"topic\":\"load\",\"start_time\":\"2026-03-01T10:00:00Z\",\"duration\":30}"))));
            }
            // the same Google ids again: every one must be a 409
            for (int i = 0; i < 20; i++) {
                String eventId = String.format("evt%08d", i);
                futures.add(pool.submit(call(() -> sim.api(
                        "POST",
                        "/google/calendar/v3/calendars/primary/events?conferenceDataVersion=1",
                        google,
                        GoogleSimulatorTest.eventJson(eventId, "req-" + eventId)))));
            }
            Set<String> links = new HashSet<>();
            int conflicts = 0;
            for (Future<SimClient.Reply> f : futures) {
                SimClient.Reply r = f.get();
                if (r.status() == 409) {
                    conflicts++;
                } else {
                    assertThat(r.status()).isIn(200, 201);
                    links.add(
                            r.json().has("hangoutLink")
                                    ? r.json().get("hangoutLink").asText()
                                    : r.json().get("join_url").asText());
                }
            }
            assertThat(conflicts).isEqualTo(20);
            assertThat(links).hasSize(2 * perProvider);
            assertThat(sim.get("/__sim/meetings").json().get("count").asInt()).isEqualTo(2 * perProvider);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrent_zoom_refreshes_with_one_token_let_exactly_one_win() throws Exception {
        String refresh = sim.zoomTokens().get("refresh_token").asText();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<SimClient.Reply>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(call(() -> sim.zoomForm(
                        "/zoom/oauth/token", SimClient.map("grant_type", "refresh_token", "refresh_token", refresh)))));
            }
            int ok = 0;
            for (Future<SimClient.Reply> f : futures) {
                SimClient.Reply r = f.get();
                if (r.status() == 200) {
                    ok++;
                } else {
                    assertThat(r.json().get("error").asText()).isEqualTo("invalid_grant");
                }
            }
            assertThat(ok).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<SimClient.Reply> call(Callable<SimClient.Reply> c) {
        return c;
    }
}
