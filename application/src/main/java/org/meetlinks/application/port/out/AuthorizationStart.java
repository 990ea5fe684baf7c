package org.meetlinks.application.port.out;

import java.net.URI;
import java.util.Objects;

/** The start of a connect: the consent URL to redirect to, and the PKCE verifier to keep (with the state) for the callback. */
public record AuthorizationStart(URI authorizationUrl, String codeVerifier) {
    public AuthorizationStart {
        Objects.requireNonNull(authorizationUrl, "authorizationUrl");
        Objects.requireNonNull(codeVerifier, "codeVerifier");
    }

    @Override
    public String toString() {
        return "AuthorizationStart[" + authorizationUrl + "]";
    }
}
