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

    public MeetingProviderException(
            Kind kind, Platform platform, String message, Optional<Duration> retryAfter, Throwable cause) {
        super(message, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.platform = Objects.requireNonNull(platform, "platform");
        this.retryAfter = retryAfter.orElse(null);
    }

    public MeetingProviderException(Kind kind, Platform platform, String message) {
        this(kind, platform, message, Optional.empty(), null);
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
