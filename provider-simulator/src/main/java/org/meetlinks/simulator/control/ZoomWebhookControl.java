package org.meetlinks.simulator.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.meetlinks.simulator.Provider;
import org.meetlinks.simulator.Simulation;
import org.meetlinks.simulator.http.Json;
import org.meetlinks.simulator.http.SimRequest;
import org.meetlinks.simulator.http.SimResponse;
import org.meetlinks.simulator.oauth.ClientRegistry;
import org.meetlinks.simulator.oauth.Grant;
import org.meetlinks.simulator.oauth.TokenFactory;
import org.meetlinks.simulator.zoom.ZoomEvents;
import org.meetlinks.simulator.zoom.ZoomWebhook;

/**
 * {@code /__sim/zoom/...}: the Zoom app's event subscription (endpoint and secret), its endpoint validation, and a
 * user removing the app, which Zoom announces with a signed {@code app_deauthorized} event.
 */
final class ZoomWebhookControl {
    private final Simulation sim;

    ZoomWebhookControl(Simulation sim) {
        this.sim = sim;
    }

    /** POST /zoom/webhook: where Zoom's events go and the secret they are signed with. */
    SimResponse postWebhook(SimRequest request) {
        ControlBody body = ControlBody.parse(request.body(), Set.of("url", "secret"));
        sim.zoomWebhook().configure(body.string("url"), body.string("secret"));
        return SimResponse.json(200, webhookJson());
    }

    /** GET /zoom/webhook: the endpoint, and whether a secret is set (never the secret). */
    ObjectNode webhookJson() {
        ObjectNode n = Json.object();
        n.put("url", sim.zoomWebhook().url());
        n.put("secretConfigured", sim.zoomWebhook().hasSecret());
        return n;
    }

    /** Plays a user removing the app in Zoom: the grants stop working and Zoom sends app_deauthorized. */
    SimResponse deauthorize(SimRequest request) {
        String account = request.query("account")
                .filter(a -> a.contains("@"))
                .orElseThrow(() -> new IllegalArgumentException("?account=<email> is required"));
        String clientId = sim.grants().all().stream()
                .filter(g -> g.provider() == Provider.ZOOM && g.account().equalsIgnoreCase(account))
                .map(Grant::clientId)
                .reduce((first, later) -> later)
                .orElse(ClientRegistry.ZOOM_CLIENT_ID);
        int revoked = sim.grants().invalidate(Provider.ZOOM, account);
        ObjectNode event = ZoomEvents.appDeauthorized(account, clientId, sim.now());
        ZoomWebhook.Delivery delivery = webhookDelivery(event);
        ObjectNode n = Json.object();
        n.put("revokedGrants", revoked);
        n.put("webhookStatus", delivery.status());
        n.set("event", event);
        return SimResponse.json(200, n);
    }

    /** Sends Zoom's endpoint validation challenge and checks the endpoint's answer. */
    SimResponse validateWebhook() {
        String plainToken = TokenFactory.random("", 16);
        ZoomWebhook.Delivery delivery = webhookDelivery(ZoomEvents.urlValidation(plainToken, sim.now()));
        boolean valid;
        try {
            JsonNode answer = Json.parse(delivery.body());
            valid = delivery.status() == 200
                    && plainToken.equals(answer.path("plainToken").asText())
                    && sim.zoomWebhook()
                            .encryptedToken(plainToken)
                            .equals(answer.path("encryptedToken").asText());
        } catch (JsonProcessingException e) {
            valid = false;
        }
        ObjectNode n = Json.object();
        n.put("webhookStatus", delivery.status());
        n.put("valid", valid);
        return SimResponse.json(200, n);
    }

    private ZoomWebhook.Delivery webhookDelivery(ObjectNode event) {
        try {
            return sim.zoomWebhook().send(event, sim.now());
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
