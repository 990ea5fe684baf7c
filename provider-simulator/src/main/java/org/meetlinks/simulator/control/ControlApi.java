package org.meetlinks.simulator.control;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import org.meetlinks.simulator.Provider;
import org.meetlinks.simulator.Simulation;
import org.meetlinks.simulator.google.GoogleEvent;
import org.meetlinks.simulator.http.Handler;
import org.meetlinks.simulator.http.Json;
import org.meetlinks.simulator.http.SimRequest;
import org.meetlinks.simulator.http.SimResponse;
import org.meetlinks.simulator.zoom.ZoomMeeting;

/** The JSON control API under /__sim used by tests, the dev run and the benchmark (see the module README). */
public final class ControlApi implements Handler {

    /** Mount point. */
    public static final String BASE_PATH = "/__sim";

    private static final Logger LOG = Logger.getLogger(ControlApi.class.getName());

    private final Simulation sim;
    private final OwnerActions owner;
    private final OAuthControl oauth;
    private final ZoomWebhookControl webhooks;
    private final BehaviourControl behaviour;

    /** Creates the control API over the shared state. */
    public ControlApi(Simulation sim) {
        this.sim = sim;
        this.owner = new OwnerActions(sim);
        this.oauth = new OAuthControl(sim);
        this.webhooks = new ZoomWebhookControl(sim);
        this.behaviour = new BehaviourControl(sim);
    }

    @Override
    public SimResponse handle(SimRequest request) {
        String path = request.path().substring(BASE_PATH.length());
        String route = request.method() + " " + path;
        try {
            if (path.startsWith("/grants/") && request.method().equals("POST")) {
                return oauth.grantAction(request, path);
            }
            if (path.startsWith("/meetings/") && (request.method().equals("DELETE") || request.method().equals("PATCH"))) {
                return owner.handle(request, path.substring("/meetings/".length()));
            }
            switch (route) {
                case "POST /reset":
                    sim.reset();
                    LOG.fine("Simulator state reset");
                    return ControlJson.ok("reset");
                case "GET /health":
                    return ControlJson.ok("UP");
                case "GET /config":
                    return SimResponse.json(200, behaviour.configJson());
                case "POST /config":
                    return behaviour.postConfig(request);
                case "GET /faults":
                    return SimResponse.json(200, behaviour.faultsJson());
                case "POST /faults":
                    return behaviour.postFaults(request);
                case "DELETE /faults":
                    return behaviour.deleteFaults(request);
                case "GET /accounts":
                    return SimResponse.json(200, behaviour.accountsJson());
                case "POST /accounts":
                    return behaviour.postAccount(request);
                case "GET /zoom/webhook":
                    return SimResponse.json(200, webhooks.webhookJson());
                case "POST /zoom/webhook":
                    return webhooks.postWebhook(request);
                case "POST /zoom/deauthorize":
                    return webhooks.deauthorize(request);
                case "POST /zoom/validate-webhook":
                    return webhooks.validateWebhook();
                case "GET /consent":
                    return SimResponse.json(200, OAuthControl.consentJson(sim.consent().current()));
                case "POST /consent":
                    return oauth.postConsent(request);
                case "GET /clients":
                    return SimResponse.json(200, oauth.clientsJson());
                case "POST /clients":
                    return oauth.postClient(request);
                case "GET /grants":
                    return SimResponse.json(200, oauth.grantsJson(request));
                case "GET /meetings":
                    return SimResponse.json(200, meetingsJson(request));
                case "GET /requests/rejected":
                    return SimResponse.json(200, rejectedJson());
                case "DELETE /requests/rejected":
                    sim.rejected().clear();
                    return SimResponse.json(200, rejectedJson());
                case "GET /stats":
                    return SimResponse.json(200, sim.stats().toJson());
                default:
                    return ControlJson.error(404, "no control operation " + route
                            + " (see the provider-simulator README)");
            }
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "Bad control request " + route + ": " + e.getMessage());
            return ControlJson.error(400, e.getMessage());
        }
    }

    private ObjectNode meetingsJson(SimRequest request) {
        Provider provider = request.query("provider").map(ControlJson::provider).orElse(null);
        String account = request.query("account").orElse(null);
        boolean includeDeleted = !"false".equalsIgnoreCase(request.query("includeDeleted").orElse("true"));
        List<ObjectNode> rows = new ArrayList<>();
        if (provider == null || provider == Provider.GOOGLE) {
            for (GoogleEvent e : sim.googleEvents().all()) {
                rows.add(e.listing());
            }
        }
        if (provider == null || provider == Provider.ZOOM) {
            for (ZoomMeeting m : sim.zoomMeetings().all()) {
                rows.add(m.listing());
            }
        }
        ObjectNode n = Json.object();
        ArrayNode list = n.putArray("meetings");
        rows.stream()
                .filter(r -> account == null || r.path("account").asText().equalsIgnoreCase(account))
                .filter(r -> includeDeleted || !r.path("deleted").asBoolean())
                .sorted(Comparator.comparing((ObjectNode r) -> r.path("createdAt").asText()))
                .forEach(list::add);
        n.put("count", list.size());
        return n;
    }

    private ObjectNode rejectedJson() {
        ObjectNode n = Json.object();
        n.put("count", sim.rejected().total());
        ArrayNode list = n.putArray("rejected");
        sim.rejected().entries().forEach(r -> list.add(r.toJson()));
        return n;
    }

}
