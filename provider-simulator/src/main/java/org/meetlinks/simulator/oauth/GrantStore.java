package org.meetlinks.simulator.oauth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.meetlinks.simulator.Provider;

/** Thread-safe store of grants, their access tokens and refresh tokens (with Zoom-style rotation). */
public final class GrantStore {

    private static final int PURGE_THRESHOLD = 50_000;

    /** Why a refresh was refused, or OK. */
    public enum RefreshOutcome {
        OK,
        UNKNOWN,
        REVOKED,
        ROTATED_OUT,
        WRONG_CLIENT
    }

    /**
     * Result of a refresh attempt.
     *
     * @param outcome         what happened
     * @param grant           the grant concerned, or null when the token is unknown
     * @param newRefreshToken the rotated refresh token, or null when tokens do not rotate
     */
    public record RefreshResult(RefreshOutcome outcome, Grant grant, String newRefreshToken) {}

    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final Map<String, AccessToken> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, Grant> byRefreshToken = new ConcurrentHashMap<>();
    private final Map<String, Grant> retiredRefreshTokens = new ConcurrentHashMap<>();

    /** Creates a grant, with a refresh token when asked to. */
    public Grant create(
            Provider provider,
            String clientId,
            String account,
            List<String> scopes,
            boolean withRefreshToken,
            Instant now) {
        String refresh = withRefreshToken ? newRefreshToken(provider) : null;
        Grant grant = new Grant(TokenFactory.random("grant-", 9), provider, clientId, account, scopes, refresh, now);
        grants.put(grant.id(), grant);
        if (refresh != null) {
            byRefreshToken.put(refresh, grant);
        }
        return grant;
    }

    /** Issues a new access token for the grant. */
    public AccessToken issueAccessToken(Grant grant, long ttlSeconds, Instant now) {
        if (accessTokens.size() > PURGE_THRESHOLD) {
            accessTokens.values().removeIf(t -> !t.isActive(now));
        }
        String prefix = grant.provider() == Provider.GOOGLE ? "ya29.sim-" : "zoomsim.";
        AccessToken token = new AccessToken(TokenFactory.random(prefix, 32), grant, now.plusSeconds(ttlSeconds));
        accessTokens.put(token.value(), token);
        return token;
    }

    /** The active access token of the provider with that value, if any. */
    public Optional<AccessToken> authenticate(Provider provider, String value, Instant now) {
        AccessToken token = value == null ? null : accessTokens.get(value);
        if (token == null || token.grant().provider() != provider || !token.isActive(now)) {
            return Optional.empty();
        }
        return Optional.of(token);
    }

    /** Uses a refresh token; with rotate the old token is retired and a new one returned. */
    public RefreshResult refresh(Provider provider, String clientId, String presented, boolean rotate) {
        Grant grant = presented == null ? null : byRefreshToken.get(presented);
        if (grant == null) {
            Grant retired = presented == null ? null : retiredRefreshTokens.get(presented);
            if (retired != null && retired.provider() == provider) {
                return new RefreshResult(RefreshOutcome.ROTATED_OUT, retired, null);
            }
            return new RefreshResult(RefreshOutcome.UNKNOWN, null, null);
        }
        if (grant.provider() != provider) {
            return new RefreshResult(RefreshOutcome.UNKNOWN, null, null);
        }
        if (!grant.clientId().equals(clientId)) {
            return new RefreshResult(RefreshOutcome.WRONG_CLIENT, grant, null);
        }
        String replacement = rotate ? newRefreshToken(provider) : null;
        if (!grant.refresh(presented, replacement)) {
            return new RefreshResult(
                    grant.isRevoked() ? RefreshOutcome.REVOKED : RefreshOutcome.ROTATED_OUT, grant, null);
        }
        if (replacement != null) {
            byRefreshToken.put(replacement, grant);
            byRefreshToken.remove(presented);
            retiredRefreshTokens.put(presented, grant);
        }
        return new RefreshResult(RefreshOutcome.OK, grant, replacement);
    }

    /** Revokes the grant that an access or refresh token of the provider belongs to. */
    public Optional<Grant> revokeByToken(Provider provider, String token) {
        if (token == null) {
            return Optional.empty();
        }
        AccessToken access = accessTokens.get(token);
        Grant grant = access != null ? access.grant() : byRefreshToken.get(token);
        if (grant == null || grant.provider() != provider || grant.isRevoked()) {
            return Optional.empty();
        }
        grant.revoke();
        return Optional.of(grant);
    }

    /** Revokes all grants of a provider (null = both) and account (null = all); returns how many. */
    public int invalidate(Provider provider, String account) {
        int count = 0;
        for (Grant grant : grants.values()) {
            if (matches(grant, provider, account) && !grant.isRevoked()) {
                grant.revoke();
                count++;
            }
        }
        return count;
    }

    /** Lets all current access tokens of a provider (null = both) and account (null = all) expire now. */
    public int expireAccessTokens(Provider provider, String account, Instant now) {
        int count = 0;
        for (AccessToken token : accessTokens.values()) {
            if (matches(token.grant(), provider, account) && token.isActive(now)) {
                token.expireAt(now);
                count++;
            }
        }
        return count;
    }

    /** Whether the account already has an active grant with a refresh token for this client. */
    public boolean hasActiveRefreshGrant(Provider provider, String clientId, String account) {
        for (Grant grant : grants.values()) {
            if (grant.provider() == provider
                    && grant.clientId().equals(clientId)
                    && grant.account().equalsIgnoreCase(account)
                    && !grant.isRevoked()
                    && grant.refreshToken() != null) {
                return true;
            }
        }
        return false;
    }

    /** All grants ever created since the last reset. */
    public List<Grant> all() {
        return new ArrayList<>(grants.values());
    }

    /** Forgets everything. */
    public void clear() {
        grants.clear();
        accessTokens.clear();
        byRefreshToken.clear();
        retiredRefreshTokens.clear();
    }

    private static boolean matches(Grant grant, Provider provider, String account) {
        return (provider == null || grant.provider() == provider)
                && (account == null || grant.account().equalsIgnoreCase(account));
    }

    private static String newRefreshToken(Provider provider) {
        return TokenFactory.random(provider == Provider.GOOGLE ? "1//sim-" : "zoomsim-refresh.", 32);
    }
}
