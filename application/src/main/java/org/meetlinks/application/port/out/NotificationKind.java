package org.meetlinks.application.port.out;

/** The messages this service sends to mentors and mentees. */
public enum NotificationKind {
    SESSION_CONFIRMED,
    LINK_UPDATED,
    SESSION_RESCHEDULED,
    SESSION_CANCELLED,
    /** To the mentor: no link could be made, please add one by hand. */
    ADD_LINK_MANUALLY,
    /** To the mentor: the Google/Zoom grant is dead, please reconnect. */
    RECONNECT_PROVIDER,
    /** To the mentor: the account's admin turned video meetings off (Google Meet off); ask them, or use Zoom. */
    MEETINGS_TURNED_OFF
}
