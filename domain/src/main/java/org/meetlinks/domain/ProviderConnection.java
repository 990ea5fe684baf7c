package org.meetlinks.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A mentor's connected Google or Zoom account (tokens are kept by the adapters, encrypted). An account's admin can
 * turn its video meetings off (a Workspace without Google Meet): the connection then stays, but makes no meetings.
 */
public final class ProviderConnection {
    private final MentorId mentorId;
    private final Platform platform;
    private final String accountEmail;
    private ConnectionStatus status;
    private String statusReason;
    private boolean meetingsAllowed;
    private Instant updatedAt;
    private String grantId;

    /** A connection whose account allows video meetings. */
    public ProviderConnection(
            MentorId mentorId, Platform platform, String accountEmail, ConnectionStatus status, Instant updatedAt) {
        this(mentorId, platform, accountEmail, status, true, updatedAt);
    }

    /** @param meetingsAllowed false when the account's admin turned video meetings off (Google Meet off) */
    public ProviderConnection(
            MentorId mentorId,
            Platform platform,
            String accountEmail,
            ConnectionStatus status,
            boolean meetingsAllowed,
            Instant updatedAt) {
        this.mentorId = Objects.requireNonNull(mentorId, "mentorId");
        if (!platform.isProvider()) {
            throw new DomainException("platform", "only GOOGLE_MEET and ZOOM accounts can be connected");
        }
        this.platform = platform;
        this.accountEmail = Objects.requireNonNull(accountEmail, "accountEmail");
        this.status = Objects.requireNonNull(status, "status");
        this.meetingsAllowed = meetingsAllowed;
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /**
     * Names the grant (the tokens of one consent) this connection holds; a reconnect brings another. Without it (a
     * connection built without one) every grant counts as this one's.
     */
    public ProviderConnection holdingGrant(String grantId) {
        this.grantId = Objects.requireNonNull(grantId, "grantId");
        return this;
    }

    /** Says why the connection has its status, as {@link #markNeedsReconnect} recorded it (a stored connection). */
    public ProviderConnection withStatusReason(String reason) {
        this.statusReason = Objects.requireNonNull(reason, "reason");
        return this;
    }

    /** The grant this connection holds, when known. */
    public Optional<String> grantId() {
        return Optional.ofNullable(grantId);
    }

    /**
     * True when this connection still holds the grant {@code earlier} held: a failure of a call made with that grant
     * applies to this connection only then (not after a reconnect replaced the grant).
     */
    public boolean holdsSameGrantAs(ProviderConnection earlier) {
        return platform == earlier.platform
                && mentorId.equals(earlier.mentorId)
                && (grantId == null || earlier.grantId == null || grantId.equals(earlier.grantId));
    }

    /** True when meetings can be created with this account right now. */
    public boolean isUsable() {
        return status == ConnectionStatus.CONNECTED && meetingsAllowed;
    }

    /**
     * The provider refused to add a video meeting because the account's admin turned meetings off.
     *
     * @return true when this changed the state (so the mentor is told once, not per session)
     */
    public boolean markMeetingsTurnedOff(Instant now) {
        if (status != ConnectionStatus.CONNECTED || !meetingsAllowed) {
            return false;
        }
        meetingsAllowed = false;
        updatedAt = now;
        return true;
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

    /** False when the account's admin turned video meetings off; connecting again checks anew. */
    public boolean meetingsAllowed() {
        return meetingsAllowed;
    }

    public Optional<String> statusReason() {
        return Optional.ofNullable(statusReason);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
