package org.meetlinks.domain;

/** Lifecycle of a session's meeting link. */
public enum LinkStatus {
    /**
     * The join URL exists (it shows a "not ready yet" page); the provider meeting is being made, by automatic
     * attempts that go on in the background when one fails.
     */
    PENDING,
    /** The session has a real meeting URL; the join URL redirects to it. */
    ACTIVE,
    /**
     * Automatic attempts cannot make the meeting, or did not for too long: the mentor was asked to add a link by hand
     * or to reconnect their account. A background attempt may still succeed.
     */
    AWAITING_MANUAL_LINK,
    /** The session was cancelled; the link no longer leads anywhere. */
    CANCELLED;

    /** True while the session still waits for its meeting (automatic attempts, or the mentor's action). */
    public boolean needsMeeting() {
        return this == PENDING || this == AWAITING_MANUAL_LINK;
    }
}
