package org.meetlinks.simulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.meetlinks.simulator.ConsentSettings;
import org.meetlinks.simulator.Provider;
import org.meetlinks.simulator.Simulation;
import org.meetlinks.simulator.http.Json;
import org.meetlinks.simulator.http.SimRequest;
import org.meetlinks.simulator.http.SimResponse;
import org.meetlinks.simulator.oauth.Grant;
import org.meetlinks.simulator.oauth.OAuthClient;

/** {@code /__sim/grants}, {@code /clients} and {@code /consent}: the simulated OAuth servers' state. */
final class OAuthControl {
    private final Simulation sim;

    OAuthControl(Simulation sim) {
        this.sim = sim;
    }

    /** POST /grants/{google|zoom|all}/{invalidate|expire-access-tokens}, optionally for one {@code ?account}. */
    SimResponse grantAction(SimRequest request) {
        String named = request.pathParam("provider");
        String action = request.pathParam("action");
        Provider provider = named.equals("all")
                ? null
                : Provider.fromId(named)
                        .orElseThrow(() -> new IllegalArgumentException("provider must be google, zoom or all"));
        String account = request.query("account").filter(a -> !a.isBlank()).orElse(null);
        ObjectNode body = Json.object();
        switch (action) {
            case "invalidate":
                body.put("invalidated", sim.grants().invalidate(provider, account));
                return SimResponse.json(200, body);
            case "expire-access-tokens":
                body.put("expired", sim.grants().expireAccessTokens(provider, account, sim.now()));
                return SimResponse.json(200, body);
            default:
                return ControlJson.error(404, "unknown grant action '" + action + "'");
        }
    }

    /** GET /grants: the grants issued, oldest first, optionally for one provider or account. */
    ObjectNode grantsJson(SimRequest request) {
        Provider provider = request.query("provider").map(ControlJson::provider).orElse(null);
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

    /** POST /clients: registers (or replaces) an OAuth client. */
    SimResponse postClient(SimRequest request) {
        ControlBody body = ControlBody.parse(
                request.body(), Set.of("provider", "clientId", "clientSecret", "redirectUris", "scopes"));
        Provider provider = body.provider();
        String clientId = body.string("clientId");
        String secret = body.string("clientSecret");
        if (clientId == null || clientId.isBlank() || secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("'clientId' and 'clientSecret' are required");
        }
        List<String> redirectUris = ControlJson.strings(body.node().get("redirectUris"), "redirectUris");
        List<String> scopes = ControlJson.strings(body.node().get("scopes"), "scopes");
        sim.clients().register(new OAuthClient(provider, clientId, secret, redirectUris, scopes));
        return SimResponse.json(200, clientsJson());
    }

    /** GET /clients: the registered OAuth clients by id. */
    ObjectNode clientsJson() {
        ObjectNode n = Json.object();
        ArrayNode list = n.putArray("clients");
        sim.clients().all().stream()
                .sorted(Comparator.comparing(OAuthClient::clientId))
                .forEach(c -> {
                    ObjectNode item = list.addObject();
                    item.put("provider", c.provider().id());
                    item.put("clientId", c.clientId());
                    item.put("clientSecret", c.clientSecret());
                    c.redirectUris().forEach(item.putArray("redirectUris")::add);
                    c.defaultScopes().forEach(item.putArray("scopes")::add);
                });
        return n;
    }

    /** POST /consent: how the consent page answers (auto-approve, the account, the scopes granted). */
    SimResponse postConsent(SimRequest request) {
        ControlBody body = ControlBody.parse(request.body(), Set.of("autoApprove", "accountEmail", "grantedScopes"));
        ConsentSettings.Snapshot updated = sim.consent().update(body.bool("autoApprove"), body.string("accountEmail"));
        if (body.node().has("grantedScopes")) {
            JsonNode scopes = body.node().get("grantedScopes");
            updated = sim.consent().grantOnly(scopes.isNull() ? null : ControlJson.strings(scopes, "grantedScopes"));
        }
        return SimResponse.json(200, consentJson(updated));
    }

    /** The consent settings as GET /consent shows them. */
    static ObjectNode consentJson(ConsentSettings.Snapshot consent) {
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
}
