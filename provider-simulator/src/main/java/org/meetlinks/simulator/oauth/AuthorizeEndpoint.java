package org.meetlinks.simulator.oauth;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meetlinks.simulator.ConsentSettings;
import org.meetlinks.simulator.Simulation;
import org.meetlinks.simulator.http.FormCodec;
import org.meetlinks.simulator.http.Handler;
import org.meetlinks.simulator.http.SimRequest;
import org.meetlinks.simulator.http.SimResponse;

/** The authorize endpoint: validates the request, then redirects with a code at once or shows the consent page. */
public final class AuthorizeEndpoint implements Handler {

    private final Simulation sim;
    private final OAuthDialect dialect;

    /** Creates the endpoint for one provider. */
    public AuthorizeEndpoint(Simulation sim, OAuthDialect dialect) {
        this.sim = sim;
        this.dialect = dialect;
    }

    @Override
    public SimResponse handle(SimRequest request) {
        SimResponse response;
        if (request.method().equals("GET")) {
            response = start(request);
        } else if (request.method().equals("POST")) {
            response = decide(request);
        } else {
            response = errorPage(
                    request, new OAuthError(405, "invalid_request", "Use GET (or POST from the consent page)", true));
        }
        sim.stats().count(dialect.provider().id(), "authorize", response.status());
        return response;
    }

    private SimResponse start(SimRequest request) {
        AuthorizationRequest authorization;
        try {
            authorization = AuthorizationRequestParser.parse(request, dialect, sim.clients());
        } catch (OAuthError e) {
            return errorPage(request, e);
        }
        ConsentSettings.Snapshot consent = sim.consent().current();
        String hint = authorization.loginHint();
        String account = hint != null && hint.contains("@") ? hint : consent.accountEmail();
        Instant now = sim.now();
        if (consent.autoApprove()) {
            return approve(authorization.granting(consent.grant(authorization.scopes())), account, now);
        }
        String consentId = sim.authorizations().park(authorization, now);
        return SimResponse.html(
                        200,
                        ConsentPage.render(
                                dialect, authorization, consentId, account, consent.grant(authorization.scopes())))
                .withHeader("Cache-Control", "no-store");
    }

    private SimResponse decide(SimRequest request) {
        Instant now = sim.now();
        String consentId = request.form("consent_id").orElse(null);
        AuthorizationRequest authorization =
                sim.authorizations().takePending(consentId, now).orElse(null);
        if (authorization == null) {
            return errorPage(
                    request,
                    new OAuthError(
                            400, "invalid_request", "This consent screen has expired or was already used", true));
        }
        if ("deny".equals(request.form("decision").orElse(""))) {
            Map<String, String> params = new LinkedHashMap<>();
            params.put("error", "access_denied");
            params.put("state", authorization.state());
            return SimResponse.redirect(FormCodec.appendQuery(authorization.redirectUri(), params));
        }
        String account = request.form("account_email")
                .filter(a -> a.contains("@"))
                .orElse(sim.consent().current().accountEmail());
        // The page's checkboxes decide (an unticked box sends nothing); a scripted post without them grants as set.
        List<String> granted = request.form(ConsentPage.SCOPES_SHOWN).isPresent()
                ? request.formValues(ConsentPage.SCOPE)
                : sim.consent().current().grant(authorization.scopes());
        return approve(authorization.granting(granted), account, now);
    }

    private SimResponse approve(AuthorizationRequest authorization, String account, Instant now) {
        AuthorizationCode code = sim.authorizations().issueCode(authorization, account, now);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("code", code.code());
        params.put("state", authorization.state());
        return SimResponse.redirect(FormCodec.appendQuery(authorization.redirectUri(), params));
    }

    private SimResponse errorPage(SimRequest request, OAuthError error) {
        if (error.clientBug()) {
            sim.rejected()
                    .record(
                            dialect.provider().id(),
                            request,
                            error.status(),
                            "authorize: " + error.error() + ": " + error.description());
        }
        return SimResponse.html(error.status(), ConsentPage.error(dialect, error));
    }
}
