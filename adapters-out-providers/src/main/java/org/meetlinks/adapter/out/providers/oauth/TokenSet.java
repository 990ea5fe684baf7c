package org.meetlinks.adapter.out.providers.oauth;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What a token endpoint answered: tokens, access expiry, granted scopes and (OpenID) an ID token. */
public record TokenSet(
        String accessToken,
        Optional<String> refreshToken,
        Instant accessExpiresAt,
        Optional<String> scope,
        Optional<String> idToken) {
    public TokenSet {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(accessExpiresAt, "accessExpiresAt");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(idToken, "idToken");
    }

    @Override
    public String toString() {
        return "TokenSet[expires " + accessExpiresAt + ", refresh token " + refreshToken.isPresent() + "]";
    }
}
