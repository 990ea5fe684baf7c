package org.meetlinks.domain;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** How a provider call failed, as the failure policy weighs it: its kind, and the pause the provider asked for. */
public final class FailedCall {
    private final FailureKind kind;
    private final Duration retryAfter;

    private FailedCall(FailureKind kind, Duration retryAfter) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.retryAfter = retryAfter;
    }

    /** A failure whose answer asked for no particular pause. */
    public static FailedCall of(FailureKind kind) {
        return new FailedCall(kind, null);
    }

    /** A failure whose answer asked to wait {@code retryAfter} (Retry-After, or a quota reset) before trying again. */
    public static FailedCall askingToWait(FailureKind kind, Duration retryAfter) {
        if (retryAfter.isNegative()) {
            throw new IllegalArgumentException("a provider cannot ask for a negative pause");
        }
        return new FailedCall(kind, retryAfter);
    }

    public FailureKind kind() {
        return kind;
    }

    /** The pause the provider asked for, if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FailedCall f && kind == f.kind && Objects.equals(retryAfter, f.retryAfter);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, retryAfter);
    }

    @Override
    public String toString() {
        return kind + (retryAfter == null ? "" : " (retry after " + retryAfter + ")");
    }
}
