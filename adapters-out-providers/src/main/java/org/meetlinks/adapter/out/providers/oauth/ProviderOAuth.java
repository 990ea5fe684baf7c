package org.meetlinks.adapter.out.providers.oauth;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.meetlinks.application.port.out.ConnectedAccount;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingProviderException.Kind;
import org.meetlinks.application.port.out.MissingPermissionsException;
import org.meetlinks.application.port.out.ProviderGrant;
import org.meetlinks.application.port.out.ProviderPermission;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;

/** One provider's grant lifecycle: authorization URL, code → {@link ConnectedAccount}, refresh, revoke. */
public final class ProviderOAuth {
    private static final System.Logger LOG = System.getLogger(ProviderOAuth.class.getName());
    /** A disconnect refreshes an expired token before revoking it; it is not on the 5-second path. */
    private static final Duration REVOKE_BUDGET = Duration.ofSeconds(15);

    private final OAuthSettings settings;
    private final OAuthTokenClient tokens;
    private final AccountLookup accounts;
    private final NeededScopes needed;
    private final Clock clock;

    public ProviderOAuth(
            OAuthSettings settings, OAuthTokenClient tokens, AccountLookup accounts, NeededScopes needed, Clock clock) {
        this.settings = settings;
        this.tokens = tokens;
        this.accounts = accounts;
        this.needed = needed;
        this.clock = clock;
    }

    public Platform platform() {
        return settings.platform();
    }

    public URI authorizationUrl(String state, String codeChallenge) {
        return tokens.authorizationUrl(state, codeChallenge);
    }

    /**
     * Redeems the code. The mentor may have withheld scopes on the consent page: then the partial grant is revoked
     * and nothing is returned. A token answer without {@code scope} grants what was asked (RFC 6749, 5.1).
     *
     * @throws MissingPermissionsException when a needed permission was not granted
     */
    public ConnectedAccount exchange(MentorId mentorId, String code, String codeVerifier) {
        TokenSet answer = tokens.exchangeCode(code, codeVerifier);
        List<ProviderPermission> missing =
                answer.scope().map(needed::missingFrom).orElse(List.of());
        if (!missing.isEmpty()) {
            LOG.log(
                    Level.INFO,
                    "Mentor {0} did not grant {1} all it needs ({2}); revoking the partial grant",
                    mentorId,
                    platform(),
                    missing);
            revokeQuietly(answer);
            throw new MissingPermissionsException(platform(), missing);
        }
        ProviderAccount account = accounts.account(answer);
        if (answer.refreshToken().isEmpty()) {
            LOG.log(
                    Level.WARNING,
                    "{0} gave mentor {1} no refresh token: the connection lasts until the access token expires",
                    platform(),
                    mentorId);
        }
        ProviderGrant grant = new ProviderGrant(
                mentorId,
                platform(),
                account.email(),
                answer.accessToken(),
                answer.accessExpiresAt(),
                answer.scope().orElse(settings.scopeString()));
        return new ConnectedAccount(
                answer.refreshToken().map(grant::withRefreshToken).orElse(grant),
                account.accountId(),
                account.meetingsAllowed());
    }

    private void revokeQuietly(TokenSet partial) {
        try {
            if (settings.dialect().revokesRefreshToken()
                    && partial.refreshToken().isPresent()) {
                tokens.revoke(partial.refreshToken().get(), true);
            } else {
                tokens.revoke(partial.accessToken(), false);
            }
        } catch (MeetingProviderException e) {
            LOG.log(Level.WARNING, "Could not revoke a partial " + platform() + " grant; it expires on its own", e);
        }
    }

    /**
     * Refreshes {@code latest} by {@code deadline}; keeps the old refresh token unless the provider rotated it (Zoom
     * always does).
     */
    public ProviderGrant refresh(ProviderGrant latest, Instant deadline) {
        String refreshToken = latest.refreshToken()
                .orElseThrow(() -> new MeetingProviderException(
                        Kind.AUTH,
                        platform(),
                        "the stored grant has no refresh token; the account must be connected again"));
        TokenSet answer = tokens.refresh(refreshToken, deadline);
        return new ProviderGrant(
                latest.mentorId(),
                platform(),
                latest.accountEmail(),
                answer.accessToken(),
                answer.refreshToken().orElse(refreshToken),
                answer.accessExpiresAt(),
                answer.scope().orElse(latest.scopes()));
    }

    /**
     * Revokes the grant at the provider: the refresh token where configured and present (Google), else the access
     * token (Zoom), which is first refreshed when expired. That refreshed grant is not saved: it is being revoked.
     */
    public void revoke(ProviderGrant grant) {
        if (settings.dialect().revokesRefreshToken() && grant.refreshToken().isPresent()) {
            tokens.revoke(grant.refreshToken().get(), true);
            return;
        }
        String accessToken = grant.accessToken();
        if (!grant.accessExpiresAt().isAfter(clock.instant())
                && grant.refreshToken().isPresent()) {
            accessToken = tokens.refresh(
                            grant.refreshToken().get(), clock.instant().plus(REVOKE_BUDGET))
                    .accessToken();
        }
        tokens.revoke(accessToken, false);
    }
}
