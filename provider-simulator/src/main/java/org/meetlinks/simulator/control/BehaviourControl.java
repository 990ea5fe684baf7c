package org.meetlinks.simulator.control;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.Set;
import org.meetlinks.simulator.Provider;
import org.meetlinks.simulator.ProviderConfig;
import org.meetlinks.simulator.Simulation;
import org.meetlinks.simulator.faults.FaultSettings;
import org.meetlinks.simulator.http.Json;
import org.meetlinks.simulator.http.SimRequest;
import org.meetlinks.simulator.http.SimResponse;

/** {@code /__sim/config}, {@code /faults} and {@code /accounts}: how the simulated providers behave. */
final class BehaviourControl {
    /** Under the control API's name, where these messages were logged before. */
    private static final System.Logger LOG = System.getLogger(ControlApi.class.getName());

    private final Simulation sim;

    BehaviourControl(Simulation sim) {
        this.sim = sim;
    }

    /** POST /config: token lifetime, scope enforcement and request validation of one provider. */
    SimResponse postConfig(SimRequest request) {
        ControlBody body = ControlBody.parse(
                request.body(), Set.of("provider", "accessTokenExpiresInSeconds", "enforceScopes", "validateRequests"));
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

    /** GET /config: those settings for each provider. */
    ObjectNode configJson() {
        ObjectNode n = Json.object();
        for (Provider p : Provider.values()) {
            ProviderConfig c = sim.config(p);
            n.putObject(p.id())
                    .put("accessTokenExpiresInSeconds", c.accessTokenTtlSeconds())
                    .put("enforceScopes", c.enforceScopes())
                    .put("validateRequests", c.validateRequests());
        }
        return n;
    }

    /** POST /faults: the faults one provider injects from now on (replacing its earlier ones). */
    SimResponse postFaults(SimRequest request) {
        ControlBody body = ControlBody.parse(
                request.body(),
                Set.of(
                        "provider",
                        "latencyMs",
                        "serverErrorStatus",
                        "serverErrorCount",
                        "serverErrorRate",
                        "rateLimitCount",
                        "rateLimitRate",
                        "rateLimit403Count",
                        "rateLimit403Rate",
                        "timeoutCount",
                        "timeoutRate",
                        "timeoutMs",
                        "timeoutExecutes",
                        "retryAfterSeconds",
                        "pendingReads",
                        "conferenceFailureCount",
                        "dailyLimit",
                        "operations",
                        "accounts"));
        Provider provider = body.provider();
        sim.faults(provider).configure(FaultSettings.fromJson(provider, body.node()));
        LOG.log(Level.INFO, () -> "Faults for " + provider.id() + ": " + Json.write(body.node()));
        return SimResponse.json(200, faultsJson());
    }

    /** DELETE /faults: no more faults, for one provider ({@code ?provider}) or both. */
    SimResponse deleteFaults(SimRequest request) {
        Optional<String> only = request.query("provider");
        if (only.isPresent() && Provider.fromId(only.get()).isEmpty()) {
            return SimResponse.json(
                    400,
                    Json.object()
                            .put(
                                    "error",
                                    "unknown provider '" + only.get() + "': google or zoom, or no parameter for both"));
        }
        for (Provider p : Provider.values()) {
            if (only.isEmpty() || Provider.fromId(only.get()).orElseThrow() == p) {
                sim.faults(p).configure(FaultSettings.none());
            }
        }
        return SimResponse.json(200, faultsJson());
    }

    /** GET /faults: the faults each provider injects. */
    ObjectNode faultsJson() {
        ObjectNode n = Json.object();
        for (Provider p : Provider.values()) {
            n.set(p.id(), sim.faults(p).toJson());
        }
        return n;
    }

    /** POST /accounts: how one account behaves (Meet turned off, the host of its Zoom join URLs). */
    SimResponse postAccount(SimRequest request) {
        ControlBody body = ControlBody.parse(request.body(), Set.of("account", "meetTurnedOff", "zoomJoinUrlHost"));
        sim.accounts().update(body.string("account"), body.bool("meetTurnedOff"), body.string("zoomJoinUrlHost"));
        return SimResponse.json(200, accountsJson());
    }

    /** GET /accounts: the accounts set up that way. */
    ObjectNode accountsJson() {
        ObjectNode n = Json.object();
        ArrayNode list = n.putArray("accounts");
        sim.accounts()
                .all()
                .forEach((account, setup) -> list.addObject()
                        .put("account", account)
                        .put("meetTurnedOff", setup.meetTurnedOff())
                        .put("zoomJoinUrlHost", setup.zoomJoinUrlHost()));
        return n;
    }
}
