package org.meetlinks.application.port.in;

import java.util.Objects;
import java.util.Optional;
import org.meetlinks.domain.Platform;

/** A mentor's connection to one provider as the mentor page shows it. */
public final class ConnectionView {
    /** Status shown for a provider the mentor never connected. */
    public static final String NOT_CONNECTED = "NOT_CONNECTED";

    private final Platform platform;
    private final String status;
    private final String accountEmail;
    private final String reason;
    private final boolean meetingsAllowed;

    private ConnectionView(
            Platform platform, String status, String accountEmail, String reason, boolean meetingsAllowed) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.status = Objects.requireNonNull(status, "status");
        this.accountEmail = accountEmail;
        this.reason = reason;
        this.meetingsAllowed = meetingsAllowed;
    }

    /** A provider the mentor never connected. */
    public static ConnectionView notConnected(Platform platform) {
        return new ConnectionView(platform, NOT_CONNECTED, null, null, true);
    }

    /** A stored connection with the account it is for; no reason until {@link #withReason} gives one. */
    public static ConnectionView of(Platform platform, String status, String accountEmail, boolean meetingsAllowed) {
        return new ConnectionView(
                platform, status, Objects.requireNonNull(accountEmail, "accountEmail"), null, meetingsAllowed);
    }

    /** The same connection with what the mentor is told about it. */
    public ConnectionView withReason(String why) {
        return new ConnectionView(
                platform, status, accountEmail, Objects.requireNonNull(why, "reason"), meetingsAllowed);
    }

    public Platform platform() {
        return platform;
    }

    public String status() {
        return status;
    }

    /** The connected account's email; empty when not connected. */
    public Optional<String> accountEmail() {
        return Optional.ofNullable(accountEmail);
    }

    /** What the mentor is told about the connection (why it cannot make meetings, or its stored status reason). */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    /** False when the account's admin turned video meetings off (the reason then says so). */
    public boolean meetingsAllowed() {
        return meetingsAllowed;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof ConnectionView)) {
            return false;
        }
        ConnectionView v = (ConnectionView) o;
        return platform == v.platform
                && Objects.equals(status, v.status)
                && Objects.equals(accountEmail, v.accountEmail)
                && Objects.equals(reason, v.reason)
                && meetingsAllowed == v.meetingsAllowed;
    }

    @Override
    public int hashCode() {
        return Objects.hash(platform, status, accountEmail, reason, meetingsAllowed);
    }
}
