package org.meetlinks.domain;

/** What a session still waiting for its meeting needs from its mentor. */
public enum MentorAction {
    /** Nothing: automatic attempts are expected to succeed. */
    NONE,
    /** Add a link by hand: automatic attempts failed for too long, or cannot work at all. */
    ADD_LINK,
    /** Reconnect the video account: its grant was refused (one prompt covers all of the mentor's sessions). */
    RECONNECT
}
