package org.meetlinks.domain;

/** Why an attempt to make a session's meeting ended without one; it decides retry, reconnect or asking the mentor. */
public enum FailureKind {
    /** The provider is slow or failing (timeouts, 5xx, an open circuit): try again soon. */
    TRANSIENT,
    /** The provider asked us to slow down (429, a daily quota): try again after its delay. */
    RATE_LIMITED,
    /** The mentor's grant is dead or lacks a permission: only reconnecting the account helps. */
    AUTH,
    /** The provider will never accept this request as it is. */
    PERMANENT,
    /**
     * The account's admin turned its video meetings off (Google Meet off in a Workspace): another of the mentor's
     * accounts, or the mentor, must make the meeting.
     */
    MEETINGS_TURNED_OFF,
    /** The mentor has no usable account to make the meeting with. */
    NO_ACCOUNT,
    /** Something we did not foresee went wrong (a bug, most likely): retried a few times, then the mentor is asked. */
    UNEXPECTED;

    /** True when automatic attempts may still succeed without anyone doing anything. */
    public boolean isRetryable() {
        return this == TRANSIENT || this == RATE_LIMITED || this == UNEXPECTED;
    }
}
