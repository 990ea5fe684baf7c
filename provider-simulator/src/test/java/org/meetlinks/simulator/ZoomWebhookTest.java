package org.meetlinks.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator plays Zoom's event notifications: signed app_deauthorized events and the validation challenge. */
class ZoomWebhookTest {
    private static final String SECRET = "sim-webhook-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request the app's endpoint received. */
    private record Received(String timestamp, String signature, String body) {}

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer endpoint;
    private volatile boolean answerChallenges;
    private SimClient sim;

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
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(
                exchange.getRequestHeaders().getFirst("x-zm-request-timestamp"),
                exchange.getRequestHeaders().getFirst("x-zm-signature"),
                body));
        if (!answerChallenges) {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            return;
        }
        String plainToken = JSON.readTree(body).at("/payload/plainToken").asText();
        byte[] answer = ("{\"plainToken\":\"" + plainToken + "\",\"encryptedToken\":\"" + hmac(plainToken) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    @Test
    void deauthorizing_revokes_the_grants_and_sends_a_signed_app_deauthorized_event_naming_the_user() throws Exception {
        String access = sim.zoomTokens().get("access_token").asText();
        String userId = sim.api("GET", "/zoom/v2/users/me", access, null)
                .json()
                .get("id")
                .asText();

        JsonNode result = sim.post("/__sim/zoom/deauthorize?account=mentor@example.com", "{}")
                .json();

        assertThat(result.get("revokedGrants").asInt()).isEqualTo(1);
        assertThat(result.get("webhookStatus").asInt()).isEqualTo(204);
        Received event = received.get(0);
        assertThat(event.signature()).isEqualTo("v0=" + hmac("v0:" + event.timestamp() + ":" + event.body()));
        assertThat(Long.parseLong(event.timestamp())).isCloseTo(System.currentTimeMillis() / 1000, within(60L));
        JsonNode body = JSON.readTree(event.body());
        assertThat(body.get("event").asText()).isEqualTo("app_deauthorized");
        assertThat(body.at("/payload/user_id").asText()).isEqualTo(userId);
        assertThat(body.at("/payload/client_id").asText()).isEqualTo("meetlinks-zoom-client");
        assertThat(body.at("/payload/deauthorization_time").asText()).isNotBlank();
        assertThat(sim.api("GET", "/zoom/v2/users/me", access, null)
                        .json()
                        .get("code")
                        .asInt())
                .isEqualTo(124);
    }

    @Test
    void the_validation_challenge_passes_only_an_endpoint_that_answers_the_hmac_of_the_plain_token() throws Exception {
        assertThat(sim.post("/__sim/zoom/validate-webhook", "{}")
                        .json()
                        .get("valid")
                        .asBoolean())
                .isFalse();
        assertThat(JSON.readTree(received.get(0).body()).get("event").asText()).isEqualTo("endpoint.url_validation");

        answerChallenges = true;
        assertThat(sim.post("/__sim/zoom/validate-webhook", "{}")
                        .json()
                        .get("valid")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void without_an_endpoint_deauthorizing_is_a_clear_control_error() {
        sim.post("/__sim/reset", "{}");
        SimClient.Reply reply = sim.post("/__sim/zoom/deauthorize?account=mentor@example.com", "{}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("message").asText()).contains("--zoom-webhook-url");
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
