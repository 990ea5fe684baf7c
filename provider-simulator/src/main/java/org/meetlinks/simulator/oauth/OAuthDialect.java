package org.meetlinks.simulator.oauth;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.meetlinks.simulator.Provider;
import org.meetlinks.simulator.http.SimRequest;
import org.meetlinks.simulator.http.SimResponse;

/** The provider-specific parts of the OAuth endpoints: client authentication, parameters, bodies and rules. */
public interface OAuthDialect {

    /** The provider. */
    Provider provider();

    /** Name shown on the consent page. */
    String displayName();

    /** Path of the authorize endpoint (the consent form posts back to it). */
    String authorizePath();

    /** client_id and client_secret of a token/revoke request, if presented the way the provider accepts. */
    Optional<String[]> clientCredentials(SimRequest request);

    /** A token-endpoint parameter. */
    Optional<String> param(SimRequest request, String name);

    /** The error answer for an OAuth error. */
    SimResponse error(OAuthError error);

    /** The token-endpoint success body. */
    ObjectNode tokenBody(AccessToken token, long expiresInSeconds, String refreshToken, SimRequest request);

    /** The answer to a successful revoke. */
    SimResponse revoked();

    /** Whether every refresh returns a new refresh token and retires the old one (Zoom). */
    boolean rotatesRefreshTokens();

    /** Whether the authorize URL must carry the scopes (Google) rather than the app registration (Zoom). */
    boolean scopesFromRequest();
}
