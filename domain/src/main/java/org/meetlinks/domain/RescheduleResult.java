package org.meetlinks.domain;

/** What a BookingRescheduled did to its session. */
public enum RescheduleResult {
    /** The session moved to the new time. */
    MOVED,
    /** The session already holds a change made at the same time or later: this one is stale and ignored. */
    STALE,
    /** The session was cancelled: a cancellation wins over every reschedule. */
    SESSION_CANCELLED
}
