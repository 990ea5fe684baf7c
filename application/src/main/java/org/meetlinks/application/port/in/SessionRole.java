package org.meetlinks.application.port.in;

/** The part the caller plays in a session. */
public enum SessionRole {
    MENTOR,
    MENTEE
}
