package org.meetlinks.domain;

/** What one pre-session check of a session's provider meeting found, and what it did about it. */
public enum LinkCheckOutcome {
    /** The meeting exists at its provider at the booked time, and the grant works. */
    OK,
    /** The meeting was gone (deleted at the provider): a new one is being made; the join URL leads to it. */
    RECREATED,
    /** The meeting had been moved at the provider: it was put back to the booked time. */
    MOVED_BACK,
    /** The provider refused the mentor's grant: the connection needs a reconnect and the mentor was asked. */
    RECONNECT_NEEDED,
    /** The provider could not be asked (outage, rate limit, another refusal): the next lead time checks again. */
    UNAVAILABLE
}
