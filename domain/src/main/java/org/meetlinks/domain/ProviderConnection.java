package org.meetlinks.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A mentor's connected Google or Zoom account (tokens are kept by the adapters, encrypted). */
public final class ProviderConnection {
    private final MentorId mentorId;
    private final Platform platform;
    private final String accountEmail;
    private ConnectionStatus status;
    private String statusReason;
    private Instant updatedAt;

    public ProviderConnection(MentorId mentorId, Platform platform, String accountEmail, ConnectionStatus status,
                              Optional<String> statusReason, Instant updatedAt) {
        this.mentorId = Objects.requireNonNull(mentorId, "mentorId");
        if (!platform.isProvider()) {
            throw new DomainException("platform", "only GOOGLE_MEET and ZOOM accounts can be connected");
        }
        this.platform = platform;
        this.accountEmail = Objects.requireNonNull(accountEmail, "accountEmail");
        this.status = Objects.requireNonNull(status, "status");
        this.statusReason = statusReason.orElse(null);
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** True when meetings can be created with this account right now. */
    public boolean isUsable() {
        return status == ConnectionStatus.CONNECTED;
    }

    /**
     * The provider refused the grant.
     *
     * @return true when this changed the state (so the mentor is told once, not per session)
     */
    public boolean markNeedsReconnect(String reason, Instant now) {
        if (status != ConnectionStatus.CONNECTED) {
            return false;
        }
        status = ConnectionStatus.NEEDS_RECONNECT;
        statusReason = reason;
        updatedAt = now;
        return true;
    }

    /** The mentor connected (again) and we hold a fresh grant. */
    public void markConnected(Instant now) {
        status = ConnectionStatus.CONNECTED;
        statusReason = null;
        updatedAt = now;
    }

    /** The mentor disconnected the account. */
    public void markDisconnected(Instant now) {
        status = ConnectionStatus.DISCONNECTED;
        statusReason = null;
        updatedAt = now;
    }

    public MentorId mentorId() {
        return mentorId;
    }

    public Platform platform() {
        return platform;
    }

    public String accountEmail() {
        return accountEmail;
    }

    public ConnectionStatus status() {
        return status;
    }

    public Optional<String> statusReason() {
        return Optional.ofNullable(statusReason);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
