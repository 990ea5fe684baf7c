package org.meetlinks.application.port.out;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.meetlinks.domain.Platform;

/** A provider could not do what was asked; the kind says what to do about it. */
public class MeetingProviderException extends RuntimeException {

    /** What kind of failure, which decides retry, reconnect or give up. */
    public enum Kind {
        /** Timeouts, 5xx: try again later. */
        TRANSIENT,
        /** 429 or a daily quota: try again after the given delay. */
        RATE_LIMITED,
        /** The grant is dead (expired, revoked, invalid_grant): the mentor must reconnect. */
        AUTH,
        /**
         * The account's admin turned its video meetings off (Google Workspace without Meet): this platform cannot make
         * meetings for the mentor until that changes; choose another platform.
         */
        MEETINGS_TURNED_OFF,
        /** The provider will never accept this request as it is. */
        PERMANENT
    }

    private final Kind kind;
    private final Platform platform;
    private final Duration retryAfter;

    /** A failure whose answer asked to wait {@code retryAfter} (Retry-After, or a quota reset) before trying again. */
    public MeetingProviderException(
            Kind kind, Platform platform, String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.platform = Objects.requireNonNull(platform, "platform");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** A failure caused by {@code cause} (null when the adapter found it itself), with no pause asked for. */
    public MeetingProviderException(Kind kind, Platform platform, String message, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.platform = Objects.requireNonNull(platform, "platform");
        this.retryAfter = null;
    }

    /** A failure the adapter found itself, with no underlying cause and no pause asked for. */
    public MeetingProviderException(Kind kind, Platform platform, String message) {
        this(kind, platform, message, (Throwable) null);
    }

    public Kind kind() {
        return kind;
    }

    public Platform platform() {
        return platform;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * True when the request may have been carried out although no answer said so (a create that timed out, or
     * answered 5xx, on a provider without an idempotency key): the next create must look for the meeting first.
     */
    public boolean mayHaveTakenEffect() {
        return false;
    }
}
