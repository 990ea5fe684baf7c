package org.meetlinks.simulator.oauth;

import java.time.Instant;
import org.meetlinks.simulator.Provider;
import org.meetlinks.simulator.Simulation;
import org.meetlinks.simulator.faults.FaultDecision;
import org.meetlinks.simulator.faults.Operation;
import org.meetlinks.simulator.http.Handler;
import org.meetlinks.simulator.http.SimRequest;
import org.meetlinks.simulator.http.SimResponse;

/** The token endpoint: authorization_code (with PKCE) and refresh_token grants. */
public final class TokenEndpoint implements Handler {

    private final Simulation sim;
    private final OAuthDialect dialect;

    /** Creates the endpoint for one provider. */
    public TokenEndpoint(Simulation sim, OAuthDialect dialect) {
        this.sim = sim;
        this.dialect = dialect;
    }

    @Override
    public SimResponse handle(SimRequest request) {
        Provider provider = dialect.provider();
        FaultDecision fault = sim.faults(provider).decide(Operation.TOKEN);
        SimResponse response;
        try {
            if (!request.method().equals("POST")) {
                throw new OAuthError(405, "invalid_request", "The token endpoint only accepts POST", true);
            }
            response = faultAnswer(fault);
            if (response == null) {
                response = grant(request);
            }
        } catch (OAuthError e) {
            if (e.clientBug()) {
                sim.rejected()
                        .record(provider.id(), request, e.status(), "token: " + e.error() + ": " + e.description());
            }
            response = dialect.error(e);
        }
        long delay = fault.latencyMs()
                + (fault.kind() == FaultDecision.Kind.TIMEOUT ? fault.settings().timeoutMs() : 0);
        sim.stats().count(provider.id(), Operation.TOKEN, response.status());
        return response.withAddedDelay(delay).withHeader("Cache-Control", "no-store");
    }

    private SimResponse faultAnswer(FaultDecision fault) {
        switch (fault.kind()) {
            case SERVER_ERROR:
                return dialect.error(new OAuthError(
                        fault.settings().serverErrorStatus(),
                        "temporarily_unavailable",
                        "Simulated outage of the token endpoint",
                        false));
            case RATE_LIMIT:
            case RATE_LIMIT_403:
                return dialect.error(new OAuthError(429, "rate_limit_exceeded", "Simulated rate limit", false));
            case TIMEOUT:
                return fault.settings().timeoutExecutes()
                        ? null
                        : dialect.error(new OAuthError(504, "temporarily_unavailable", "Simulated timeout", false));
            default:
                return null;
        }
    }

    private SimResponse grant(SimRequest request) {
        String[] credentials = dialect.clientCredentials(request)
                .orElseThrow(() -> new OAuthError(
                        401,
                        "invalid_client",
                        dialect.provider() == Provider.ZOOM
                                ? "Client credentials must be sent as HTTP Basic authentication"
                                : "Client authentication is missing",
                        true));
        OAuthClient client = sim.clients()
                .find(dialect.provider(), credentials[0])
                .filter(c -> c.clientSecret().equals(credentials[1]))
                .orElseThrow(() -> new OAuthError(401, "invalid_client", "Invalid client_id or client_secret", true));
        String grantType = param(request, "grant_type");
        switch (grantType) {
            case "authorization_code":
                return exchangeCode(request, client);
            case "refresh_token":
                return refresh(request, client);
            default:
                throw new OAuthError(400, "unsupported_grant_type", "Unsupported grant_type: " + grantType, true);
        }
    }

    private SimResponse exchangeCode(SimRequest request, OAuthClient client) {
        Instant now = sim.now();
        String code = param(request, "code");
        AuthorizationCode issued = sim.authorizations()
                .consume(code)
                .orElseThrow(() -> new OAuthError(
                        400, "invalid_grant", "Invalid authorization code (unknown or already used)", true));
        if (issued.expiresAt().isBefore(now)) {
            throw new OAuthError(400, "invalid_grant", "Authorization code expired", false);
        }
        AuthorizationRequest authorization = issued.request();
        if (!authorization.client().clientId().equals(client.clientId())) {
            throw new OAuthError(400, "invalid_grant", "The code was issued to another client", true);
        }
        String redirectUri = request.formOrQuery("redirect_uri").orElse(null);
        if (!authorization.redirectUri().equals(redirectUri)) {
            throw new OAuthError(
                    400,
                    dialect.provider() == Provider.GOOGLE ? "redirect_uri_mismatch" : "invalid_grant",
                    "redirect_uri '" + redirectUri + "' differs from the authorize request's '"
                            + authorization.redirectUri() + "'",
                    true);
        }
        String verifier = request.formOrQuery("code_verifier")
                .orElseThrow(() -> new OAuthError(
                        400, "invalid_request", "Missing code_verifier (the authorization used PKCE)", true));
        if (!Pkce.matches(verifier, authorization.codeChallenge())) {
            throw new OAuthError(400, "invalid_grant", "Invalid code verifier.", true);
        }
        Provider provider = dialect.provider();
        boolean issueRefresh = authorization.offline()
                && (dialect.rotatesRefreshTokens()
                        || authorization.promptConsent()
                        || !sim.grants().hasActiveRefreshGrant(provider, client.clientId(), issued.account()));
        Grant grant = sim.grants()
                .create(provider, client.clientId(), issued.account(), authorization.scopes(), issueRefresh, now);
        long ttl = sim.config(provider).accessTokenTtlSeconds();
        AccessToken token = sim.grants().issueAccessToken(grant, ttl, now);
        return SimResponse.json(200, dialect.tokenBody(token, ttl, grant.refreshToken(), request));
    }

    private SimResponse refresh(SimRequest request, OAuthClient client) {
        Instant now = sim.now();
        String presented = param(request, "refresh_token");
        GrantStore.RefreshResult result =
                sim.grants().refresh(dialect.provider(), client.clientId(), presented, dialect.rotatesRefreshTokens());
        switch (result.outcome()) {
            case OK:
                long ttl = sim.config(dialect.provider()).accessTokenTtlSeconds();
                AccessToken token = sim.grants().issueAccessToken(result.grant(), ttl, now);
                return SimResponse.json(200, dialect.tokenBody(token, ttl, result.newRefreshToken(), request));
            case ROTATED_OUT:
                throw new OAuthError(
                        400,
                        "invalid_grant",
                        dialect.provider() == Provider.ZOOM ? "Invalid Token!" : "Token has been expired or revoked.",
                        dialect.rotatesRefreshTokens());
            case WRONG_CLIENT:
                throw new OAuthError(400, "invalid_grant", "The refresh token belongs to another client", true);
            case REVOKED:
            case UNKNOWN:
            default:
                throw new OAuthError(
                        400,
                        "invalid_grant",
                        dialect.provider() == Provider.ZOOM ? "Invalid Token!" : "Token has been expired or revoked.",
                        false);
        }
    }

    private String param(SimRequest request, String name) {
        return dialect.param(request, name)
                .orElseThrow(() -> new OAuthError(400, "invalid_request", "Missing required parameter: " + name, true));
    }
}
