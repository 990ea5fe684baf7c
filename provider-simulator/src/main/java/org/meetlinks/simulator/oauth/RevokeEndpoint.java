package org.meetlinks.simulator.oauth;

import org.meetlinks.simulator.Provider;
import org.meetlinks.simulator.Simulation;
import org.meetlinks.simulator.http.Handler;
import org.meetlinks.simulator.http.SimRequest;
import org.meetlinks.simulator.http.SimResponse;

/** The revoke endpoint: revoking any token of a grant revokes the whole grant. */
public final class RevokeEndpoint implements Handler {

    private final Simulation sim;
    private final OAuthDialect dialect;

    /** Creates the endpoint for one provider. */
    public RevokeEndpoint(Simulation sim, OAuthDialect dialect) {
        this.sim = sim;
        this.dialect = dialect;
    }

    @Override
    public SimResponse handle(SimRequest request) {
        SimResponse response;
        try {
            response = revoke(request);
        } catch (OAuthError e) {
            if (e.clientBug()) {
                sim.rejected()
                        .record(
                                dialect.provider().id(),
                                request,
                                e.status(),
                                "revoke: " + e.error() + ": " + e.description());
            }
            response = dialect.error(e);
        }
        sim.stats().count(dialect.provider().id(), "revoke", response.status());
        return response;
    }

    private SimResponse revoke(SimRequest request) {
        if (!request.method().equals("POST")) {
            throw new OAuthError(405, "invalid_request", "The revoke endpoint only accepts POST", true);
        }
        if (dialect.provider() == Provider.ZOOM) {
            String[] credentials = dialect.clientCredentials(request)
                    .orElseThrow(() -> new OAuthError(
                            401,
                            "invalid_client",
                            "Client credentials must be sent as HTTP Basic authentication",
                            true));
            sim.clients()
                    .find(Provider.ZOOM, credentials[0])
                    .filter(c -> c.clientSecret().equals(credentials[1]))
                    .orElseThrow(
                            () -> new OAuthError(401, "invalid_client", "Invalid client_id or client_secret", true));
        }
        String token = request.formOrQuery("token")
                .filter(t -> !t.isEmpty())
                .orElseThrow(() -> new OAuthError(400, "invalid_request", "Missing required parameter: token", true));
        if (sim.grants().revokeByToken(dialect.provider(), token).isEmpty()) {
            throw new OAuthError(
                    400,
                    dialect.provider() == Provider.GOOGLE ? "invalid_token" : "invalid_request",
                    dialect.provider() == Provider.GOOGLE ? "Token expired or revoked" : "Invalid Token!",
                    false);
        }
        return dialect.revoked();
    }
}
