package org.meetlinks.adapter.out.providers.oauth;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What a token endpoint answered: tokens, access expiry, granted scopes and (OpenID) an ID token. */
public final class TokenSet {
    private final String accessToken;
    private final String refreshToken;
    private final Instant accessExpiresAt;
    private final String scope;
    private final String idToken;

    private TokenSet(AccessTokenResponse answer, Instant accessExpiresAt) {
        AccessToken access = answer.getTokens().getAccessToken();
        RefreshToken refresh = answer.getTokens().getRefreshToken();
        Object id = answer.getCustomParameters().get("id_token");
        this.accessToken = access.getValue();
        this.refreshToken = refresh == null ? null : refresh.getValue();
        this.accessExpiresAt = Objects.requireNonNull(accessExpiresAt, "accessExpiresAt");
        this.scope = access.getScope() == null ? null : access.getScope().toString();
        this.idToken = id == null ? null : id.toString();
    }

    /** The tokens of a successful answer, whose access token expires at {@code accessExpiresAt}. */
    static TokenSet of(AccessTokenResponse answer, Instant accessExpiresAt) {
        return new TokenSet(answer, accessExpiresAt);
    }

    public String accessToken() {
        return accessToken;
    }

    /** The refresh token, when the answer carried one (Google sends it on first consent only). */
    public Optional<String> refreshToken() {
        return Optional.ofNullable(refreshToken);
    }

    public Instant accessExpiresAt() {
        return accessExpiresAt;
    }

    /** The scopes granted, when the answer listed them. */
    public Optional<String> scope() {
        return Optional.ofNullable(scope);
    }

    /** The OpenID Connect ID token, when the answer carried one. */
    public Optional<String> idToken() {
        return Optional.ofNullable(idToken);
    }

    @Override
    public String toString() {
        return "TokenSet[expires " + accessExpiresAt + ", refresh token " + (refreshToken != null) + "]";
    }
}
