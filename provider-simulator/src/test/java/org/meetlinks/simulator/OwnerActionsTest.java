package org.meetlinks.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DELETE and PATCH /__sim/meetings/{id} act as the account owner in Zoom or Google Calendar, and Zoom tells the app. */
class OwnerActionsTest {
    private static final String SECRET = "owner-webhook-secret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ZOOM_BODY =
            "{\"topic\":\"Mentoring\",\"type\":2,\"start_time\":\"2030-03-01T10:00:00Z\","
                    + "\"timezone\":\"Europe/Berlin\",\"duration\":45}";
    private static final String EVENTS = "/google/calendar/v3/calendars/primary/events";

    /** One request the app's endpoint received. */
    private record Received(String timestamp, String signature, String body) {}

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer endpoint;
    private SimClient sim;
    private String base;

    @BeforeEach
    void start() throws IOException {
        sim = SimClient.resetShared();
        endpoint = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        endpoint.createContext("/webhooks/zoom", this::receive);
        endpoint.start();
        sim.post(
                "/__sim/zoom/webhook",
                "{\"url\":\"http://127.0.0.1:" + endpoint.getAddress().getPort() + "/webhooks/zoom\",\"secret\":\""
                        + SECRET + "\"}");
    }

    @AfterEach
    void stop() {
        endpoint.stop(0);
        sim.post("/__sim/reset", "{}");
    }

    private void receive(HttpExchange exchange) throws IOException {
        received.add(new Received(
                exchange.getRequestHeaders().getFirst("x-zm-request-timestamp"),
                exchange.getRequestHeaders().getFirst("x-zm-signature"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        exchange.sendResponseHeaders(200, -1);
        exchange.close();
    }

    @Test
    void deleting_a_zoom_meeting_as_its_owner_makes_it_404_3001_and_sends_a_signed_meeting_deleted_event()
            throws Exception {
        String access = sim.zoomTokens().get("access_token").asText();
        JsonNode meeting =
                sim.api("POST", "/zoom/v2/users/me/meetings", access, ZOOM_BODY).json();
        String id = meeting.get("id").asText();

        SimClient.Reply deleted = owner("DELETE", id, null);

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().get("webhookStatus").asInt()).isEqualTo(200);
        SimClient.Reply read = sim.api("GET", "/zoom/v2/meetings/" + id, access, null);
        assertThat(read.status()).isEqualTo(404);
        assertThat(read.json().get("code").asInt()).isEqualTo(3001);
        Received event = received.get(0);
        assertThat(event.signature()).isEqualTo("v0=" + hmac("v0:" + event.timestamp() + ":" + event.body()));
        JsonNode body = JSON.readTree(event.body());
        assertThat(body.get("event").asText()).isEqualTo("meeting.deleted");
        assertThat(body.at("/payload/object/id").asText()).isEqualTo(id);
        assertThat(body.at("/payload/object/uuid").asText()).isNotBlank();
        assertThat(body.at("/payload/object/start_time").asText()).isEqualTo("2030-03-01T10:00:00Z");
        assertThat(owner("DELETE", id, null).status()).isEqualTo(404);
    }

    @Test
    void moving_a_zoom_meeting_as_its_owner_sends_meeting_updated_with_the_new_and_the_old_start() throws Exception {
        String access = sim.zoomTokens().get("access_token").asText();
        String id = sim.api("POST", "/zoom/v2/users/me/meetings", access, ZOOM_BODY)
                .json()
                .get("id")
                .asText();

        assertThat(owner("PATCH", id, "{\"start\":\"2030-03-01T12:30:00Z\"}").status())
                .isEqualTo(200);

        assertThat(sim.api("GET", "/zoom/v2/meetings/" + id, access, null)
                        .json()
                        .get("start_time")
                        .asText())
                .isEqualTo("2030-03-01T12:30:00Z");
        JsonNode body = JSON.readTree(received.get(0).body());
        assertThat(body.get("event").asText()).isEqualTo("meeting.updated");
        assertThat(body.at("/payload/object/id").asText()).isEqualTo(id);
        assertThat(body.at("/payload/object/start_time").asText()).isEqualTo("2030-03-01T12:30:00Z");
        assertThat(body.at("/payload/old_object/start_time").asText()).isEqualTo("2030-03-01T10:00:00Z");
        assertThat(body.at("/payload/object").has("topic"))
                .as("only changed fields")
                .isFalse();
    }

    @Test
    void a_meeting_changed_through_the_api_is_notified_too_after_the_answer() throws Exception {
        String access = sim.zoomTokens().get("access_token").asText();
        String id = sim.api("POST", "/zoom/v2/users/me/meetings", access, ZOOM_BODY)
                .json()
                .get("id")
                .asText();

        assertThat(sim.api("PATCH", "/zoom/v2/meetings/" + id, access, "{\"start_time\":\"2030-03-01T11:00:00Z\"}")
                        .status())
                .isEqualTo(204);
        assertThat(sim.api("DELETE", "/zoom/v2/meetings/" + id, access, null).status())
                .isEqualTo(204);

        long until = System.currentTimeMillis() + 5_000;
        while (received.size() < 2 && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
        assertThat(received)
                .extracting(r -> JSON.readTree(r.body()).get("event").asText())
                .containsExactly("meeting.updated", "meeting.deleted");
        assertThat(JSON.readTree(received.get(0).body())
                        .at("/payload/object/start_time")
                        .asText())
                .isEqualTo("2030-03-01T11:00:00Z");
    }

    @Test
    void deleting_a_google_event_as_its_owner_leaves_it_cancelled_and_moving_one_keeps_its_length() {
        String access = sim.googleTokens().get("access_token").asText();
        String moved = "0123456789abcdefghijklmnopqrstuv";
        String gone = "0123456789abcdefghijklmnopqrst00";
        sim.api("POST", EVENTS + "?conferenceDataVersion=1", access, GoogleSimulatorTest.eventJson(moved, "req-1"));
        sim.api("POST", EVENTS + "?conferenceDataVersion=1", access, GoogleSimulatorTest.eventJson(gone, "req-2"));

        assertThat(owner("DELETE", gone, null).status()).isEqualTo(200);
        assertThat(owner("PATCH", moved, "{\"start\":\"2026-03-02T09:00:00Z\"}").status())
                .isEqualTo(200);

        assertThat(sim.api("GET", EVENTS + "/" + gone, access, null)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("cancelled");
        JsonNode event = sim.api("GET", EVENTS + "/" + moved, access, null).json();
        assertThat(event.at("/start/dateTime").asText()).isEqualTo("2026-03-02T09:00:00Z");
        assertThat(event.at("/end/dateTime").asText()).isEqualTo("2026-03-02T10:00:00Z");
        assertThat(received).isEmpty();
    }

    @Test
    void an_unknown_meeting_or_a_bad_body_is_a_clear_control_error() {
        assertThat(owner("DELETE", "12345678901", null).status()).isEqualTo(404);
        String access = sim.zoomTokens().get("access_token").asText();
        String id = sim.api("POST", "/zoom/v2/users/me/meetings", access, ZOOM_BODY)
                .json()
                .get("id")
                .asText();
        assertThat(owner("PATCH", id, "{\"startsAt\":\"2030-03-01T12:30:00Z\"}").status())
                .isEqualTo(400);
        assertThat(owner("PATCH", id, "{\"start\":\"tomorrow\"}").status()).isEqualTo(400);
    }

    private SimClient.Reply owner(String method, String id, String json) {
        return sim.send(HttpRequest.newBuilder(URI.create(sim.base + "/__sim/meetings/" + id))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        json == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(json)));
    }

    private static String hmac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
