package org.meetlinks.simulator.oauth;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.meetlinks.simulator.http.SimRequest;

/** Validates the query of an authorize request (client, redirect URI, response type, state, PKCE, scopes). */
public final class AuthorizationRequestParser {

    private static final Set<String> GOOGLE_SHORT_SCOPES = Set.of("openid", "email", "profile");
    private static final String GOOGLE_SCOPE_PREFIX = "https://www.googleapis.com/auth/";

    private AuthorizationRequestParser() {}

    /** Parses and validates; throws {@link OAuthError} (always a client bug) when the request is unacceptable. */
    public static AuthorizationRequest parse(SimRequest request, OAuthDialect dialect, ClientRegistry clients) {
        String clientId = required(request, "client_id");
        OAuthClient client = clients.find(dialect.provider(), clientId)
                .orElseThrow(() -> bug("invalid_client", "The OAuth client was not found: " + clientId));
        String redirectUri = required(request, "redirect_uri");
        if (!client.allowsRedirect(redirectUri)) {
            throw bug(
                    "redirect_uri_mismatch",
                    "redirect_uri '" + redirectUri + "' is not registered for the client "
                            + "(registered: "
                            + (client.redirectUris().isEmpty() ? "any absolute http(s) URI" : client.redirectUris())
                            + ")");
        }
        String responseType = required(request, "response_type");
        if (!"code".equals(responseType)) {
            throw bug("unsupported_response_type", "response_type must be 'code' but was '" + responseType + "'");
        }
        String state = required(request, "state");
        String method = required(request, "code_challenge_method");
        if (!"S256".equals(method)) {
            throw bug(
                    "invalid_request",
                    "code_challenge_method must be S256 (PKCE is required) but was '" + method + "'");
        }
        String challenge = required(request, "code_challenge");
        if (!Pkce.isValidS256Challenge(challenge)) {
            throw bug(
                    "invalid_request", "code_challenge must be 43 base64url characters (BASE64URL(SHA256(verifier)))");
        }
        if (!dialect.scopesFromRequest() && request.query("scope").isPresent()) {
            // Zoom: "scopes added directly to the authorization URL [are] considered invalid"; the app's
            // Marketplace registration decides them. Zoom shows "Invalid scopes" / error 4,700 instead of consent.
            throw bug(
                    "invalid_scope",
                    "Invalid scopes (4,700): the authorization URL must not carry a scope; "
                            + "Zoom takes the scopes from the app's configuration");
        }
        List<String> scopes = dialect.scopesFromRequest() ? googleScopes(request) : client.defaultScopes();
        boolean offline = true;
        boolean promptConsent = false;
        if (dialect.scopesFromRequest()) {
            String accessType = request.query("access_type").orElse("online");
            if (!accessType.equals("online") && !accessType.equals("offline")) {
                throw bug("invalid_request", "access_type must be online or offline but was '" + accessType + "'");
            }
            offline = accessType.equals("offline");
            promptConsent =
                    Arrays.asList(request.query("prompt").orElse("").split(" ")).contains("consent");
        }
        return new AuthorizationRequest(
                client,
                redirectUri,
                state,
                challenge,
                scopes,
                offline,
                promptConsent,
                request.query("login_hint").orElse(null));
    }

    private static List<String> googleScopes(SimRequest request) {
        String scope = required(request, "scope");
        List<String> scopes = new ArrayList<>();
        for (String s : scope.trim().split("\\s+")) {
            if (!GOOGLE_SHORT_SCOPES.contains(s) && !s.startsWith(GOOGLE_SCOPE_PREFIX)) {
                throw bug("invalid_scope", "Some requested scopes were invalid: " + s);
            }
            scopes.add(s);
        }
        return scopes;
    }

    private static String required(SimRequest request, String name) {
        return request.query(name)
                .filter(v -> !v.isBlank())
                .orElseThrow(() -> bug("invalid_request", "Required parameter is missing: " + name));
    }

    private static OAuthError bug(String error, String description) {
        return new OAuthError(400, error, description, true);
    }
}
