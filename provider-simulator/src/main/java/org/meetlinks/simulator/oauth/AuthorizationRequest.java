package org.meetlinks.simulator.oauth;

import java.util.List;

/**
 * A validated authorization request (the parameters of the authorize URL).
 *
 * @param client        the requesting client
 * @param redirectUri   where the code goes
 * @param state         the client's state, echoed back
 * @param codeChallenge the PKCE S256 challenge
 * @param scopes        scopes requested (Google: from the URL; Zoom: the app's); narrowed to the granted ones on consent
 * @param offline       whether a refresh token may be issued (Google access_type=offline; always true for Zoom)
 * @param promptConsent whether prompt=consent was asked (Google then always issues a new refresh token)
 * @param loginHint     login_hint, or null
 */
public record AuthorizationRequest(
        OAuthClient client,
        String redirectUri,
        String state,
        String codeChallenge,
        List<String> scopes,
        boolean offline,
        boolean promptConsent,
        String loginHint) {

    /** Copies the scope list defensively. */
    public AuthorizationRequest {
        scopes = List.copyOf(scopes);
    }

    /** The same request with only the scopes the user granted (granular consent). */
    public AuthorizationRequest granting(List<String> granted) {
        return new AuthorizationRequest(
                client,
                redirectUri,
                state,
                codeChallenge,
                scopes.stream().filter(granted::contains).toList(),
                offline,
                promptConsent,
                loginHint);
    }
}
