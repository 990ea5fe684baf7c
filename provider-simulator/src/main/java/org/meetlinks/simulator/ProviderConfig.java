package org.meetlinks.simulator;

/** Run-time settings of one provider that tests may change through the control API. */
public final class ProviderConfig {

    /** Default access-token lifetime (Google and Zoom both issue one-hour tokens). */
    public static final long DEFAULT_ACCESS_TOKEN_TTL_SECONDS = 3600;

    private volatile long accessTokenTtlSeconds = DEFAULT_ACCESS_TOKEN_TTL_SECONDS;
    private volatile boolean enforceScopes = true;
    private volatile boolean validateRequests = true;

    /** Lifetime given to newly issued access tokens. */
    public long accessTokenTtlSeconds() {
        return accessTokenTtlSeconds;
    }

    /** Sets the lifetime of access tokens issued from now on (0 = already expired when issued). */
    public void accessTokenTtlSeconds(long seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("accessTokenExpiresInSeconds must be >= 0");
        }
        this.accessTokenTtlSeconds = seconds;
    }

    /** Whether API calls must carry a scope the operation accepts (Google 403, Zoom 400 code 4711). */
    public boolean enforceScopes() {
        return enforceScopes;
    }

    /** Turns the scope check on or off. */
    public void enforceScopes(boolean value) {
        this.enforceScopes = value;
    }

    /** Whether API requests are checked against the OpenAPI description. */
    public boolean validateRequests() {
        return validateRequests;
    }

    /** Turns OpenAPI request validation on or off. */
    public void validateRequests(boolean value) {
        this.validateRequests = value;
    }

    /** Restores the defaults. */
    public void reset() {
        accessTokenTtlSeconds = DEFAULT_ACCESS_TOKEN_TTL_SECONDS;
        enforceScopes = true;
        validateRequests = true;
    }
}
