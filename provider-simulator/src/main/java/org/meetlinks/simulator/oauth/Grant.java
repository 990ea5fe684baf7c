package org.meetlinks.simulator.oauth;

import java.time.Instant;
import java.util.List;
import org.meetlinks.simulator.Provider;

/** One authorization of a client by an account: its scopes, current refresh token and revocation state. */
public final class Grant {

    private final String id;
    private final Provider provider;
    private final String clientId;
    private final String account;
    private final List<String> scopes;
    private final Instant createdAt;
    private String refreshToken;
    private boolean revoked;
    private int refreshCount;

    /** Creates an active grant; refreshToken may be null when none was issued. */
    public Grant(
            String id,
            Provider provider,
            String clientId,
            String account,
            List<String> scopes,
            String refreshToken,
            Instant createdAt) {
        this.id = id;
        this.provider = provider;
        this.clientId = clientId;
        this.account = account;
        this.scopes = List.copyOf(scopes);
        this.refreshToken = refreshToken;
        this.createdAt = createdAt;
    }

    /** Internal id. */
    public String id() {
        return id;
    }

    /** Provider. */
    public Provider provider() {
        return provider;
    }

    /** client_id the grant was given to. */
    public String clientId() {
        return clientId;
    }

    /** E-mail of the consenting account. */
    public String account() {
        return account;
    }

    /** Granted scopes. */
    public List<String> scopes() {
        return scopes;
    }

    /** Creation time. */
    public Instant createdAt() {
        return createdAt;
    }

    /** The currently valid refresh token, or null. */
    public synchronized String refreshToken() {
        return refreshToken;
    }

    /** Whether the grant was revoked or invalidated. */
    public synchronized boolean isRevoked() {
        return revoked;
    }

    /** Number of successful refreshes. */
    public synchronized int refreshCount() {
        return refreshCount;
    }

    /** Marks the grant revoked; every token of it stops working. */
    public synchronized void revoke() {
        revoked = true;
    }

    /**
     * Checks a presented refresh token and records a refresh, atomically.
     *
     * @param presented       the token the client sent
     * @param replacement     the new refresh token when tokens rotate, or null to keep the current one
     * @return true when the presented token was the current one of an active grant
     */
    public synchronized boolean refresh(String presented, String replacement) {
        if (revoked || refreshToken == null || !refreshToken.equals(presented)) {
            return false;
        }
        if (replacement != null) {
            refreshToken = replacement;
        }
        refreshCount++;
        return true;
    }
}
