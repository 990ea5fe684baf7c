package org.meetlinks.simulator.oauth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.meetlinks.simulator.Provider;
import org.meetlinks.simulator.http.Json;
import org.meetlinks.simulator.http.SimRequest;
import org.meetlinks.simulator.http.SimResponse;

/** Zoom's OAuth flavour: HTTP Basic client credentials, rotating refresh tokens, {"reason","error"} errors. */
public final class ZoomOAuthDialect implements OAuthDialect {

    @Override
    public Provider provider() {
        return Provider.ZOOM;
    }

    @Override
    public String displayName() {
        return "Zoom";
    }

    @Override
    public String authorizePath() {
        return "/zoom/oauth/authorize";
    }

    @Override
    public Optional<String[]> clientCredentials(SimRequest request) {
        return request.basicCredentials();
    }

    @Override
    public Optional<String> param(SimRequest request, String name) {
        // Zoom's documentation passes these either as query parameters or as a form body
        return request.formOrQuery(name).filter(v -> !v.isEmpty());
    }

    @Override
    public SimResponse error(OAuthError error) {
        ObjectNode body = Json.object();
        body.put("reason", error.description());
        body.put("error", error.error());
        return SimResponse.json(error.status(), body);
    }

    @Override
    public ObjectNode tokenBody(AccessToken token, long expiresInSeconds, String refreshToken, SimRequest request) {
        ObjectNode body = Json.object();
        body.put("access_token", token.value());
        body.put("token_type", "bearer");
        if (refreshToken != null) {
            body.put("refresh_token", refreshToken);
        }
        body.put("expires_in", expiresInSeconds);
        body.put("scope", String.join(" ", token.grant().scopes()));
        body.put("api_url", request.origin() + "/zoom");
        return body;
    }

    @Override
    public SimResponse revoked() {
        ObjectNode body = Json.object();
        body.put("status", "success");
        return SimResponse.json(200, body);
    }

    @Override
    public boolean rotatesRefreshTokens() {
        return true;
    }

    @Override
    public boolean scopesFromRequest() {
        return false;
    }
}
