package org.meetlinks.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When the booking system made a change to a booking, if its event said so (the contract's optional
 * {@code occurredAt}): it orders the changes of one session, so a stale reschedule never replaces a newer one.
 */
public final class ChangeOrder {
    private static final ChangeOrder UNSTATED = new ChangeOrder(null);

    private final Instant occurredAt;

    private ChangeOrder(Instant occurredAt) {
        this.occurredAt = occurredAt;
    }

    /** An event that did not say when its change was made: it is ordered by arrival. */
    public static ChangeOrder unstated() {
        return UNSTATED;
    }

    /** A change the booking system made at {@code occurredAt}. */
    public static ChangeOrder at(Instant occurredAt) {
        return new ChangeOrder(Objects.requireNonNull(occurredAt, "occurredAt"));
    }

    public Optional<Instant> occurredAt() {
        return Optional.ofNullable(occurredAt);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChangeOrder o && Objects.equals(occurredAt, o.occurredAt);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(occurredAt);
    }

    @Override
    public String toString() {
        return occurredAt == null ? "unstated" : occurredAt.toString();
    }
}
