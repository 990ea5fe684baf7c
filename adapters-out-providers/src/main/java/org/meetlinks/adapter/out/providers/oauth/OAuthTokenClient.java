package org.meetlinks.adapter.out.providers.oauth;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenRevocationRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.token.Token;
import com.nimbusds.openid.connect.sdk.Prompt;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.meetlinks.adapter.out.providers.common.BudgetSpentException;
import org.meetlinks.adapter.out.providers.common.HttpTimeouts;
import org.meetlinks.adapter.out.providers.common.NetworkFailures;
import org.meetlinks.adapter.out.providers.common.TimedApi;
import org.meetlinks.adapter.out.providers.common.TransientProviderException;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingProviderException.Kind;

/** Talks OAuth 2.0 to one provider through Nimbus: authorization URL (PKCE S256), code exchange, refresh, revoke. */
public final class OAuthTokenClient {
    private static final System.Logger LOG = System.getLogger(OAuthTokenClient.class.getName());
    /** Used when a token answer has no expires_in (both providers send it; ~1 h). */
    private static final long DEFAULT_LIFETIME_SECONDS = 3600;

    private final OAuthSettings settings;
    private final OAuthFailures failures;
    private final Clock clock;

    public OAuthTokenClient(OAuthSettings settings, Clock clock) {
        this.settings = settings;
        this.failures = new OAuthFailures(settings.platform(), settings.configPrefix(), clock);
        this.clock = clock;
    }

    /**
     * The consent page URL with response_type=code, client_id, redirect_uri, state and the S256 challenge, plus the
     * scopes where the provider takes them from the URL (Google; Zoom refuses a {@code scope} parameter).
     */
    public URI authorizationUrl(String state, String codeChallenge) {
        requireText(state, "state");
        AuthorizationRequest.Builder request = new AuthorizationRequest.Builder(ResponseType.CODE, clientId())
                .endpointURI(settings.authorizeUri())
                .redirectionURI(settings.redirectUri())
                .state(new State(state))
                .codeChallenge(challenge(codeChallenge), CodeChallengeMethod.S256);
        if (settings.dialect().scopesInAuthorizationUrl()) {
            request.scope(new Scope(settings.scopes().toArray(String[]::new)));
        }
        if (settings.dialect().asksForOfflineAccess()) {
            request.customParameter("access_type", "offline").prompt(Prompt.Type.CONSENT);
        }
        return request.build().toURI();
    }

    /** Redeems the callback's authorization code with the PKCE verifier. */
    public TokenSet exchangeCode(String code, String codeVerifier) {
        requireText(code, "code");
        AuthorizationGrant grant = new AuthorizationCodeGrant(
                new AuthorizationCode(code), settings.redirectUri(), new CodeVerifier(codeVerifier));
        return requestTokens(grant, "exchanging the authorization code", settings.timeouts());
    }

    /**
     * Gets a new access token (Zoom: and a new refresh token, which replaces the old one), answered by
     * {@code deadline}.
     */
    public TokenSet refresh(String refreshToken, Instant deadline) {
        return requestTokens(
                new RefreshTokenGrant(new RefreshToken(refreshToken)), "refreshing the access token", within(deadline));
    }

    /** Revokes a token; a token the provider already considers invalid counts as revoked. */
    public void revoke(String token, boolean isRefreshToken) {
        Token revoked = isRefreshToken ? new RefreshToken(token) : new BearerAccessToken(token);
        TokenRevocationRequest request = settings.dialect().authenticatesRevocation()
                ? new TokenRevocationRequest(settings.revokeUri(), clientAuthentication(), revoked)
                : new TokenRevocationRequest(settings.revokeUri(), clientId(), revoked);
        HTTPResponse response = send(request.toHTTPRequest(), "revoking the grant", settings.timeouts());
        if (response.indicatesSuccess()) {
            return;
        }
        if (failures.isDeadToken(response)) {
            LOG.log(Level.INFO, "{0} says the revoked token was already invalid", settings.platform());
            return;
        }
        throw failures.of(response, "revoking the grant");
    }

    private TokenSet requestTokens(AuthorizationGrant grant, String doing, HttpTimeouts timeouts) {
        TokenRequest request = new TokenRequest(settings.tokenUri(), clientAuthentication(), grant);
        HTTPResponse response = send(request.toHTTPRequest(), doing, timeouts);
        if (!response.indicatesSuccess()) {
            throw failures.of(response, doing);
        }
        try {
            return tokenSet(AccessTokenResponse.parse(response));
        } catch (ParseException e) {
            throw new TransientProviderException(
                    settings.platform(), "unreadable token answer while " + doing + ": " + e.getMessage(), e);
        }
    }

    private TokenSet tokenSet(AccessTokenResponse answer) {
        AccessToken access = answer.getTokens().getAccessToken();
        long lifetime = access.getLifetime() > 0 ? access.getLifetime() : DEFAULT_LIFETIME_SECONDS;
        return TokenSet.of(answer, clock.instant().plusSeconds(lifetime));
    }

    /** The configured timeouts, cut so the call ends by {@code deadline}. */
    private HttpTimeouts within(Instant deadline) {
        Duration left = Duration.between(clock.instant(), deadline);
        if (left.compareTo(TimedApi.SHORTEST_CALL) < 0) {
            throw new BudgetSpentException(settings.platform(), left.isNegative() ? Duration.ZERO : left);
        }
        return settings.timeouts().cappedAt(left);
    }

    private HTTPResponse send(HTTPRequest request, String doing, HttpTimeouts timeouts) {
        request.setConnectTimeout(timeouts.connectMillis());
        request.setReadTimeout(timeouts.readMillis());
        try {
            return request.send();
        } catch (IOException e) {
            throw new TransientProviderException(
                    settings.platform(),
                    "OAuth server not reachable while " + doing + ": " + NetworkFailures.describe(e),
                    e);
        }
    }

    private ClientAuthentication clientAuthentication() {
        Secret secret = settings.client().secret().map(Secret::new).orElseThrow(() -> notConfigured("client-secret"));
        return new ClientSecretBasic(clientId(), secret);
    }

    private ClientID clientId() {
        return settings.client().id().map(ClientID::new).orElseThrow(() -> notConfigured("client-id"));
    }

    private MeetingProviderException notConfigured(String key) {
        return new MeetingProviderException(
                Kind.PERMANENT, settings.platform(), settings.configPrefix() + "." + key + " is not configured");
    }

    private static CodeChallenge challenge(String codeChallenge) {
        requireText(codeChallenge, "codeChallenge");
        try {
            return CodeChallenge.parse(codeChallenge);
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a PKCE code challenge: " + e.getMessage(), e);
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
