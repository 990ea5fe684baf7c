package org.meetlinks.domain;

/** Lifecycle of a session's meeting link. */
public enum LinkStatus {
    /** The join URL exists; the provider meeting is being created. */
    PENDING,
    /** The session has a real meeting URL; the join URL redirects to it. */
    ACTIVE,
    /** No provider link could be made; the mentor has been asked to add one by hand. */
    AWAITING_MANUAL_LINK,
    /** The session was cancelled; the link no longer leads anywhere. */
    CANCELLED
}
