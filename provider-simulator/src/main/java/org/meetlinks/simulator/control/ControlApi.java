package org.meetlinks.simulator.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.meetlinks.simulator.ConsentSettings;
import org.meetlinks.simulator.Provider;
import org.meetlinks.simulator.ProviderConfig;
import org.meetlinks.simulator.Simulation;
import org.meetlinks.simulator.faults.FaultSettings;
import org.meetlinks.simulator.google.GoogleEvent;
import org.meetlinks.simulator.http.Handler;
import org.meetlinks.simulator.http.Json;
import org.meetlinks.simulator.http.SimRequest;
import org.meetlinks.simulator.http.SimResponse;
import org.meetlinks.simulator.oauth.ClientRegistry;
import org.meetlinks.simulator.oauth.Grant;
import org.meetlinks.simulator.oauth.OAuthClient;
import org.meetlinks.simulator.oauth.TokenFactory;
import org.meetlinks.simulator.zoom.ZoomEvents;
import org.meetlinks.simulator.zoom.ZoomMeeting;
import org.meetlinks.simulator.zoom.ZoomWebhook;

/** The JSON control API under /__sim used by tests, the dev run and the benchmark (see the module README). */
public final class ControlApi implements Handler {

    /** Mount point. */
    public static final String BASE_PATH = "/__sim";

    private static final Logger LOG = Logger.getLogger(ControlApi.class.getName());

    private final Simulation sim;
    private final OwnerActions owner;

    /** Creates the control API over the shared state. */
    public ControlApi(Simulation sim) {
        this.sim = sim;
        this.owner = new OwnerActions(sim);
    }

    @Override
    public SimResponse handle(SimRequest request) {
        String path = request.path().substring(BASE_PATH.length());
        String route = request.method() + " " + path;
        try {
            if (path.startsWith("/grants/") && request.method().equals("POST")) {
                return grantAction(request, path);
            }
            if (path.startsWith("/meetings/") && (request.method().equals("DELETE") || request.method().equals("PATCH"))) {
                return owner.handle(request, path.substring("/meetings/".length()));
            }
            switch (route) {
                case "POST /reset":
                    sim.reset();
                    LOG.fine("Simulator state reset");
                    return ok("reset");
                case "GET /health":
                    return ok("UP");
                case "GET /config":
                    return SimResponse.json(200, configJson());
                case "POST /config":
                    return postConfig(request);
                case "GET /faults":
                    return SimResponse.json(200, faultsJson());
                case "POST /faults":
                    return postFaults(request);
                case "DELETE /faults":
                    return deleteFaults(request);
                case "GET /accounts":
                    return SimResponse.json(200, accountsJson());
                case "POST /accounts":
                    return postAccount(request);
                case "GET /zoom/webhook":
                    return SimResponse.json(200, webhookJson());
                case "POST /zoom/webhook":
                    return postWebhook(request);
                case "POST /zoom/deauthorize":
                    return deauthorize(request);
                case "POST /zoom/validate-webhook":
                    return validateWebhook();
                case "GET /consent":
                    return SimResponse.json(200, consentJson(sim.consent().current()));
                case "POST /consent":
                    return postConsent(request);
                case "GET /clients":
                    return SimResponse.json(200, clientsJson());
                case "POST /clients":
                    return postClient(request);
                case "GET /grants":
                    return SimResponse.json(200, grantsJson(request));
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
                    return error(404, "no control operation " + route + " (see the provider-simulator README)");
            }
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "Bad control request " + route + ": " + e.getMessage());
            return error(400, e.getMessage());
        }
    }

    private SimResponse grantAction(SimRequest request, String path) {
        String[] parts = path.split("/");
        if (parts.length != 4) {
            return error(404, "use POST /__sim/grants/{google|zoom|all}/{invalidate|expire-access-tokens}");
        }
        Provider provider = parts[2].equals("all") ? null : Provider.fromId(parts[2])
                .orElseThrow(() -> new IllegalArgumentException("provider must be google, zoom or all"));
        String account = request.query("account").filter(a -> !a.isBlank()).orElse(null);
        ObjectNode body = Json.object();
        switch (parts[3]) {
            case "invalidate":
                body.put("invalidated", sim.grants().invalidate(provider, account));
                return SimResponse.json(200, body);
            case "expire-access-tokens":
                body.put("expired", sim.grants().expireAccessTokens(provider, account, sim.now()));
                return SimResponse.json(200, body);
            default:
                return error(404, "unknown grant action '" + parts[3] + "'");
        }
    }

    private SimResponse postConfig(SimRequest request) {
        ControlBody body = ControlBody.parse(request.body(),
                Set.of("provider", "accessTokenExpiresInSeconds", "enforceScopes", "validateRequests"));
        ProviderConfig config = sim.config(body.provider());
        Long ttl = body.integer("accessTokenExpiresInSeconds");
        if (ttl != null) {
            config.accessTokenTtlSeconds(ttl);
        }
        Boolean scopes = body.bool("enforceScopes");
        if (scopes != null) {
            config.enforceScopes(scopes);
        }
        Boolean validate = body.bool("validateRequests");
        if (validate != null) {
            config.validateRequests(validate);
        }
        return SimResponse.json(200, configJson());
    }

    private SimResponse deleteFaults(SimRequest request) {
        Optional<String> only = request.query("provider");
        if (only.isPresent() && Provider.fromId(only.get()).isEmpty()) {
            return SimResponse.json(400, Json.object().put("error", "unknown provider '" + only.get()
                    + "': google or zoom, or no parameter for both"));
        }
        for (Provider p : Provider.values()) {
            if (only.isEmpty() || Provider.fromId(only.get()).orElseThrow() == p) {
                sim.faults(p).configure(FaultSettings.none());
            }
        }
        return SimResponse.json(200, faultsJson());
    }

    private SimResponse postFaults(SimRequest request) {
        ControlBody body = ControlBody.parse(request.body(), Set.of("provider", "latencyMs", "serverErrorStatus",
                "serverErrorCount", "serverErrorRate", "rateLimitCount", "rateLimitRate", "rateLimit403Count",
                "rateLimit403Rate", "timeoutCount", "timeoutRate", "timeoutMs", "timeoutExecutes", "retryAfterSeconds",
                "pendingReads", "conferenceFailureCount", "dailyLimit", "operations", "accounts"));
        Provider provider = body.provider();
        sim.faults(provider).configure(FaultSettings.fromJson(provider, body.node()));
        LOG.info(() -> "Faults for " + provider.id() + ": " + Json.write(body.node()));
        return SimResponse.json(200, faultsJson());
    }

    private SimResponse postConsent(SimRequest request) {
        ControlBody body = ControlBody.parse(request.body(), Set.of("autoApprove", "accountEmail", "grantedScopes"));
        ConsentSettings.Snapshot updated = sim.consent().update(body.bool("autoApprove"), body.string("accountEmail"));
        if (body.node().has("grantedScopes")) {
            JsonNode scopes = body.node().get("grantedScopes");
            updated = sim.consent().grantOnly(scopes.isNull() ? null : strings(scopes, "grantedScopes"));
        }
        return SimResponse.json(200, consentJson(updated));
    }

    private SimResponse postWebhook(SimRequest request) {
        ControlBody body = ControlBody.parse(request.body(), Set.of("url", "secret"));
        sim.zoomWebhook().configure(body.string("url"), body.string("secret"));
        return SimResponse.json(200, webhookJson());
    }

    private ObjectNode webhookJson() {
        ObjectNode n = Json.object();
        n.put("url", sim.zoomWebhook().url());
        n.put("secretConfigured", sim.zoomWebhook().hasSecret());
        return n;
    }

    /** Plays a user removing the app in Zoom: the grants stop working and Zoom sends app_deauthorized. */
    private SimResponse deauthorize(SimRequest request) {
        String account = request.query("account").filter(a -> a.contains("@"))
                .orElseThrow(() -> new IllegalArgumentException("?account=<email> is required"));
        String clientId = sim.grants().all().stream()
                .filter(g -> g.provider() == Provider.ZOOM && g.account().equalsIgnoreCase(account))
                .map(Grant::clientId).reduce((first, later) -> later).orElse(ClientRegistry.ZOOM_CLIENT_ID);
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
    private SimResponse validateWebhook() {
        String plainToken = TokenFactory.random("", 16);
        ZoomWebhook.Delivery delivery = webhookDelivery(ZoomEvents.urlValidation(plainToken, sim.now()));
        boolean valid;
        try {
            JsonNode answer = Json.parse(delivery.body());
            valid = delivery.status() == 200 && plainToken.equals(answer.path("plainToken").asText())
                    && sim.zoomWebhook().encryptedToken(plainToken).equals(answer.path("encryptedToken").asText());
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

    private SimResponse postAccount(SimRequest request) {
        ControlBody body = ControlBody.parse(request.body(), Set.of("account", "meetTurnedOff", "zoomJoinUrlHost"));
        sim.accounts().update(body.string("account"), body.bool("meetTurnedOff"), body.string("zoomJoinUrlHost"));
        return SimResponse.json(200, accountsJson());
    }

    private ObjectNode accountsJson() {
        ObjectNode n = Json.object();
        ArrayNode list = n.putArray("accounts");
        sim.accounts().all().forEach((account, setup) -> list.addObject().put("account", account)
                .put("meetTurnedOff", setup.meetTurnedOff()).put("zoomJoinUrlHost", setup.zoomJoinUrlHost()));
        return n;
    }

    private SimResponse postClient(SimRequest request) {
        ControlBody body = ControlBody.parse(request.body(),
                Set.of("provider", "clientId", "clientSecret", "redirectUris", "scopes"));
        Provider provider = body.provider();
        String clientId = body.string("clientId");
        String secret = body.string("clientSecret");
        if (clientId == null || clientId.isBlank() || secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("'clientId' and 'clientSecret' are required");
        }
        List<String> redirectUris = strings(body.node().get("redirectUris"), "redirectUris");
        List<String> scopes = strings(body.node().get("scopes"), "scopes");
        sim.clients().register(new OAuthClient(provider, clientId, secret, redirectUris, scopes));
        return SimResponse.json(200, clientsJson());
    }

    private ObjectNode configJson() {
        ObjectNode n = Json.object();
        for (Provider p : Provider.values()) {
            ProviderConfig c = sim.config(p);
            n.putObject(p.id()).put("accessTokenExpiresInSeconds", c.accessTokenTtlSeconds())
                    .put("enforceScopes", c.enforceScopes()).put("validateRequests", c.validateRequests());
        }
        return n;
    }

    private ObjectNode faultsJson() {
        ObjectNode n = Json.object();
        for (Provider p : Provider.values()) {
            n.set(p.id(), sim.faults(p).toJson());
        }
        return n;
    }

    private static ObjectNode consentJson(ConsentSettings.Snapshot consent) {
        ObjectNode n = Json.object();
        n.put("autoApprove", consent.autoApprove());
        n.put("accountEmail", consent.accountEmail());
        if (consent.grantedScopes() == null) {
            n.putNull("grantedScopes");
        } else {
            consent.grantedScopes().forEach(n.putArray("grantedScopes")::add);
        }
        return n;
    }

    private ObjectNode clientsJson() {
        ObjectNode n = Json.object();
        ArrayNode list = n.putArray("clients");
        sim.clients().all().stream().sorted(Comparator.comparing(OAuthClient::clientId)).forEach(c -> {
            ObjectNode item = list.addObject();
            item.put("provider", c.provider().id());
            item.put("clientId", c.clientId());
            item.put("clientSecret", c.clientSecret());
            c.redirectUris().forEach(item.putArray("redirectUris")::add);
            c.defaultScopes().forEach(item.putArray("scopes")::add);
        });
        return n;
    }

    private ObjectNode grantsJson(SimRequest request) {
        Provider provider = request.query("provider").map(this::provider).orElse(null);
        String account = request.query("account").orElse(null);
        ObjectNode n = Json.object();
        ArrayNode list = n.putArray("grants");
        sim.grants().all().stream()
                .filter(g -> provider == null || g.provider() == provider)
                .filter(g -> account == null || g.account().equalsIgnoreCase(account))
                .sorted(Comparator.comparing(Grant::createdAt))
                .forEach(g -> {
                    ObjectNode item = list.addObject();
                    item.put("provider", g.provider().id());
                    item.put("account", g.account());
                    item.put("clientId", g.clientId());
                    g.scopes().forEach(item.putArray("scopes")::add);
                    item.put("hasRefreshToken", g.refreshToken() != null);
                    item.put("refreshCount", g.refreshCount());
                    item.put("revoked", g.isRevoked());
                    item.put("createdAt", g.createdAt().toString());
                });
        n.put("count", list.size());
        return n;
    }

    private ObjectNode meetingsJson(SimRequest request) {
        Provider provider = request.query("provider").map(this::provider).orElse(null);
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

    private Provider provider(String id) {
        return Provider.fromId(id).orElseThrow(() -> new IllegalArgumentException("provider must be google or zoom"));
    }

    private static List<String> strings(JsonNode node, String name) {
        List<String> result = new ArrayList<>();
        if (node == null || node.isNull()) {
            return result;
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("'" + name + "' must be an array of strings");
        }
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw new IllegalArgumentException("'" + name + "' must be an array of strings");
            }
            result.add(item.asText());
        }
        return result;
    }

    private static SimResponse ok(String status) {
        ObjectNode n = Json.object();
        n.put("status", status);
        return SimResponse.json(200, n);
    }

    private static SimResponse error(int status, String message) {
        ObjectNode n = Json.object();
        n.put("error", status == 404 ? "not_found" : "bad_request");
        n.put("message", message);
        return SimResponse.json(status, n);
    }
}
