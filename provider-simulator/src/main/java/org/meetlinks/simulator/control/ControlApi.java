package org.meetlinks.simulator.control;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.meetlinks.simulator.Provider;
import org.meetlinks.simulator.Simulation;
import org.meetlinks.simulator.google.GoogleEvent;
import org.meetlinks.simulator.http.Handler;
import org.meetlinks.simulator.http.Json;
import org.meetlinks.simulator.http.Routes;
import org.meetlinks.simulator.http.SimRequest;
import org.meetlinks.simulator.http.SimResponse;
import org.meetlinks.simulator.zoom.ZoomMeeting;

/** The JSON control API under /__sim used by tests, the dev run and the benchmark (see the module README). */
public final class ControlApi {

    /** Where the control operations are served. */
    public static final String BASE_PATH = "/__sim";

    private static final System.Logger LOG = System.getLogger(ControlApi.class.getName());

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

    /** Puts the control operations into the route table, and the answer to paths and methods it does not have. */
    public void addTo(Routes routes) {
        route(routes, "POST", "/reset", request -> {
            sim.reset();
            LOG.log(Level.DEBUG, "Simulator state reset");
            return ControlJson.ok("reset");
        });
        route(routes, "GET", "/health", request -> ControlJson.ok("UP"));
        route(routes, "GET", "/config", request -> SimResponse.json(200, behaviour.configJson()));
        route(routes, "POST", "/config", behaviour::postConfig);
        route(routes, "GET", "/faults", request -> SimResponse.json(200, behaviour.faultsJson()));
        route(routes, "POST", "/faults", behaviour::postFaults);
        route(routes, "DELETE", "/faults", behaviour::deleteFaults);
        route(routes, "GET", "/accounts", request -> SimResponse.json(200, behaviour.accountsJson()));
        route(routes, "POST", "/accounts", behaviour::postAccount);
        route(routes, "GET", "/zoom/webhook", request -> SimResponse.json(200, webhooks.webhookJson()));
        route(routes, "POST", "/zoom/webhook", webhooks::postWebhook);
        route(routes, "POST", "/zoom/deauthorize", webhooks::deauthorize);
        route(routes, "POST", "/zoom/validate-webhook", request -> webhooks.validateWebhook());
        route(
                routes,
                "GET",
                "/consent",
                request -> SimResponse.json(
                        200, OAuthControl.consentJson(sim.consent().current())));
        route(routes, "POST", "/consent", oauth::postConsent);
        route(routes, "GET", "/clients", request -> SimResponse.json(200, oauth.clientsJson()));
        route(routes, "POST", "/clients", oauth::postClient);
        route(routes, "GET", "/grants", request -> SimResponse.json(200, oauth.grantsJson(request)));
        route(routes, "POST", "/grants/{provider}/{action}", oauth::grantAction);
        route(routes, "GET", "/meetings", request -> SimResponse.json(200, meetingsJson(request)));
        route(routes, "DELETE", "/meetings/{id}", request -> owner.handle(request, request.pathParam("id")));
        route(routes, "PATCH", "/meetings/{id}", request -> owner.handle(request, request.pathParam("id")));
        route(routes, "GET", "/requests/rejected", request -> SimResponse.json(200, rejectedJson()));
        route(routes, "DELETE", "/requests/rejected", request -> {
            sim.rejected().clear();
            return SimResponse.json(200, rejectedJson());
        });
        route(
                routes,
                "GET",
                "/stats",
                request -> SimResponse.json(200, sim.stats().toJson()));
        routes.fallback(
                BASE_PATH,
                (request, pathKnown) -> ControlJson.error(
                        404, "no control operation " + describe(request) + " (see the provider-simulator README)"));
    }

    /** A control operation; a bad request (IllegalArgumentException) is answered 400 with its message. */
    private static void route(Routes routes, String method, String path, Handler operation) {
        routes.add(method, BASE_PATH + path, request -> {
            try {
                return operation.handle(request);
            } catch (IllegalArgumentException e) {
                LOG.log(Level.WARNING, () -> "Bad control request " + describe(request) + ": " + e.getMessage());
                return ControlJson.error(400, e.getMessage());
            }
        });
    }

    /** "METHOD /path" with the path under {@link #BASE_PATH}, as messages name an operation. */
    private static String describe(SimRequest request) {
        return request.method() + " " + request.path().substring(BASE_PATH.length());
    }

    private ObjectNode meetingsJson(SimRequest request) {
        Provider provider = request.query("provider").map(ControlJson::provider).orElse(null);
        String account = request.query("account").orElse(null);
        boolean includeDeleted =
                !"false".equalsIgnoreCase(request.query("includeDeleted").orElse("true"));
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
                .sorted(Comparator.comparing(
                        (ObjectNode r) -> r.path("createdAt").asText()))
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
