package org.meetlinks.simulator.oauth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.meetlinks.simulator.Provider;
import org.meetlinks.simulator.http.Json;
import org.meetlinks.simulator.http.SimRequest;
import org.meetlinks.simulator.http.SimResponse;

/** Google's OAuth flavour: client credentials in the form (or Basic), {"error","error_description"} errors. */
public final class GoogleOAuthDialect implements OAuthDialect {

    @Override
    public Provider provider() {
        return Provider.GOOGLE;
    }

    @Override
    public String displayName() {
        return "Google";
    }

    @Override
    public String authorizePath() {
        return "/google/o/oauth2/v2/auth";
    }

    @Override
    public Optional<String[]> clientCredentials(SimRequest request) {
        Optional<String> id = request.form("client_id");
        Optional<String> secret = request.form("client_secret");
        if (id.isPresent() && secret.isPresent()) {
            return Optional.of(new String[] {id.get(), secret.get()});
        }
        return request.basicCredentials();
    }

    @Override
    public Optional<String> param(SimRequest request, String name) {
        return request.form(name).filter(v -> !v.isEmpty());
    }

    @Override
    public SimResponse error(OAuthError error) {
        ObjectNode body = Json.object();
        body.put("error", error.error());
        body.put("error_description", error.description());
        return SimResponse.json(error.status(), body);
    }

    @Override
    public ObjectNode tokenBody(AccessToken token, long expiresInSeconds, String refreshToken, SimRequest request) {
        ObjectNode body = Json.object();
        body.put("access_token", token.value());
        body.put("expires_in", expiresInSeconds);
        if (refreshToken != null) {
            body.put("refresh_token", refreshToken);
        }
        body.put("scope", String.join(" ", token.grant().scopes()));
        body.put("token_type", "Bearer");
        return body;
    }

    @Override
    public SimResponse revoked() {
        return SimResponse.json(200, Json.object());
    }

    @Override
    public boolean rotatesRefreshTokens() {
        return false;
    }

    @Override
    public boolean scopesFromRequest() {
        return true;
    }
}
