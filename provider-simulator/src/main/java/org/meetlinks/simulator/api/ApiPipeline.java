package org.meetlinks.simulator.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.meetlinks.simulator.Provider;
import org.meetlinks.simulator.ProviderConfig;
import org.meetlinks.simulator.Simulation;
import org.meetlinks.simulator.faults.FaultDecision;
import org.meetlinks.simulator.http.Routes;
import org.meetlinks.simulator.http.SimRequest;
import org.meetlinks.simulator.http.SimResponse;
import org.meetlinks.simulator.oauth.AccessToken;
import org.meetlinks.simulator.validation.ScopeRequirements;
import org.meetlinks.simulator.validation.SpecValidator;
import org.meetlinks.simulator.validation.SpecViolation;

/**
 * Runs every provider API call through the same steps: authenticate (401), scope check (Google 403, Zoom 4711),
 * OpenAPI validation (400), fault injection, then the operation itself; counts and delays the answer.
 */
public final class ApiPipeline {

    private final Provider provider;
    private final String basePath;
    private final List<ApiRoute> routes;
    private final ProviderErrors errors;
    private final SpecValidator validator;
    private final ScopeRequirements scopes;
    private final Simulation sim;

    /**
     * Creates the pipeline.
     *
     * @param provider  the provider
     * @param basePath  where the API is served, e.g. /google/calendar/v3
     * @param routes    the operations
     * @param errors    the provider's error answers
     * @param validator the provider's spec validator
     * @param scopes    scope requirements to enforce, or null for none
     * @param sim       shared state
     */
    public ApiPipeline(
            Provider provider,
            String basePath,
            List<ApiRoute> routes,
            ProviderErrors errors,
            SpecValidator validator,
            ScopeRequirements scopes,
            Simulation sim) {
        this.provider = provider;
        this.basePath = basePath;
        this.routes = List.copyOf(routes);
        this.errors = errors;
        this.validator = validator;
        this.scopes = scopes;
        this.sim = sim;
    }

    /** Puts the operations into the route table, and this API's answer to paths and methods it does not have. */
    public void addTo(Routes table) {
        for (ApiRoute route : routes) {
            table.add(route.method(), basePath + route.template(), request -> call(route, request));
        }
        table.fallback(basePath, this::unknownOperation);
    }

    private SimResponse call(ApiRoute route, SimRequest request) {
        Instant now = sim.now();
        Optional<AccessToken> token =
                request.bearerToken().flatMap(t -> sim.grants().authenticate(provider, t, now));
        if (token.isEmpty()) {
            return finish(route, errors.unauthorized());
        }
        ProviderConfig config = sim.config(provider);
        if (scopes != null
                && config.enforceScopes()
                && !scopes.allows(
                        route.method(), route.template(), token.get().grant().scopes())) {
            List<String> accepted = scopes.acceptedScopes(route.method(), route.template());
            SimResponse refusal = errors.insufficientScopes(accepted);
            sim.rejected()
                    .record(
                            provider.id(),
                            request,
                            refusal.status(),
                            "the access token has none of the scopes " + accepted + " that " + route.method() + " "
                                    + route.template() + " accepts");
            return finish(route, refusal);
        }
        if (route.inSpec() && config.validateRequests()) {
            List<SpecViolation> violations = validator.validate(request);
            if (!violations.isEmpty()) {
                sim.rejected().record(provider.id(), request, 400, describe(violations));
                return finish(route, errors.invalid(violations));
            }
        }
        FaultDecision fault = sim.faults(provider)
                .decide(route.operation(), Optional.of(token.get().grant().account()));
        SimResponse response =
                answer(route, fault, new ApiCall(request, token.get().grant(), now), now);
        long delay = fault.latencyMs()
                + (fault.kind() == FaultDecision.Kind.TIMEOUT ? fault.settings().timeoutMs() : 0);
        return finish(route, response.withAddedDelay(delay));
    }

    private SimResponse answer(ApiRoute route, FaultDecision fault, ApiCall call, Instant now) {
        switch (fault.kind()) {
            case SERVER_ERROR:
                return errors.serverError(fault.settings().serverErrorStatus());
            case RATE_LIMIT:
                return errors.rateLimited(route.operation(), fault.settings(), now);
            case RATE_LIMIT_403:
                return errors.rateLimited403(route.operation(), fault.settings(), now);
            case TIMEOUT:
                if (!fault.settings().timeoutExecutes()) {
                    return errors.serverError(504);
                }
                return execute(route, call);
            default:
                return execute(route, call);
        }
    }

    private SimResponse execute(ApiRoute route, ApiCall call) {
        try {
            return route.action().apply(call);
        } catch (ApiRejection rejection) {
            if (rejection.invalidReason() != null) {
                sim.rejected()
                        .record(
                                provider.id(),
                                call.request(),
                                rejection.response().status(),
                                rejection.invalidReason());
            }
            return rejection.response();
        }
    }

    private SimResponse unknownOperation(SimRequest request, boolean pathKnown) {
        int status = pathKnown ? 405 : 404;
        List<SpecViolation> violations = validator.validate(request);
        String detail = violations.isEmpty()
                ? "the simulator does not implement " + request.method() + " " + request.path()
                : describe(violations);
        sim.rejected().record(provider.id(), request, status, detail);
        sim.stats().count(provider.id(), "unknown", status);
        return errors.noSuchOperation(status, detail);
    }

    private SimResponse finish(ApiRoute route, SimResponse response) {
        sim.stats().count(provider.id(), route.operation(), response.status());
        return response;
    }

    private static String describe(List<SpecViolation> violations) {
        StringBuilder sb = new StringBuilder();
        for (SpecViolation v : violations) {
            if (sb.length() > 0) {
                sb.append(" | ");
            }
            sb.append(v.describe());
        }
        return sb.toString();
    }
}
