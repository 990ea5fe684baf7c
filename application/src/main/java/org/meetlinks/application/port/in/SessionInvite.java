package org.meetlinks.application.port.in;

import java.util.Objects;

/**
 * A session's calendar invite as served for download.
 *
 * @param calendar the iCalendar text, the same the emails carry
 * @param cancelled true when it cancels the session (iTIP METHOD:CANCEL), false for a request
 */
public record SessionInvite(String calendar, boolean cancelled) {
    public SessionInvite {
        Objects.requireNonNull(calendar, "calendar");
    }

    /** The iTIP method, for the invite's text and its content type: {@code REQUEST} or {@code CANCEL}. */
    public String method() {
        return cancelled ? "CANCEL" : "REQUEST";
    }
}
