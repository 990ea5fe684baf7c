package org.meetlinks.simulator.oauth;

import java.time.Instant;

/** An issued access token of a grant with its (adjustable) expiry. */
public final class AccessToken {

    private final String value;
    private final Grant grant;
    private volatile Instant expiresAt;

    /** Creates the token. */
    public AccessToken(String value, Grant grant, Instant expiresAt) {
        this.value = value;
        this.grant = grant;
        this.expiresAt = expiresAt;
    }

    /** Token text. */
    public String value() {
        return value;
    }

    /** Grant it belongs to. */
    public Grant grant() {
        return grant;
    }

    /** Expiry time. */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** Whether it can be used at the given time. */
    public boolean isActive(Instant now) {
        return now.isBefore(expiresAt) && !grant.isRevoked();
    }

    /** Lets the token expire at the given moment (tests use this to force a refresh). */
    public void expireAt(Instant when) {
        this.expiresAt = when;
    }
}
