package org.meetlinks.adapter.out.mail;

import java.util.Optional;
import org.meetlinks.application.port.out.NotificationKind;
import org.meetlinks.application.port.out.OutgoingNotification;
import org.meetlinks.domain.SessionState;

/** Which notifications carry a calendar invite, and whether it requests or cancels. */
enum InviteKind {
    REQUEST("REQUEST"),
    CANCEL("CANCEL");

    private final String method;

    InviteKind(String method) {
        this.method = method;
    }

    String method() {
        return method;
    }

    boolean cancelled() {
        return this == CANCEL;
    }

    /**
     * Session notifications carry an invite; mentor-only prompts do not. The invite follows the
     * session as it is now: once the session is cancelled, even a late confirmation carries the
     * cancellation, so a calendar never brings a cancelled session back. A mentor whose session
     * lives in their Google Calendar ({@link MentorGoogleCalendar}) gets no invite, except the
     * cancellation of our earlier copy when the link has just moved there.
     */
    static Optional<InviteKind> of(OutgoingNotification n) {
        if (MentorGoogleCalendar.holdsSession(n)) {
            return n.kind() == NotificationKind.LINK_UPDATED ? Optional.of(CANCEL) : Optional.empty();
        }
        switch (n.kind()) {
            case SESSION_CONFIRMED:
            case LINK_UPDATED:
            case SESSION_RESCHEDULED:
                return Optional.of(n.session().state() == SessionState.CANCELLED ? CANCEL : REQUEST);
            case SESSION_CANCELLED:
                return Optional.of(CANCEL);
            case ADD_LINK_MANUALLY:
            case RECONNECT_PROVIDER:
            case MEETINGS_TURNED_OFF:
                return Optional.empty();
            default:
                throw new IllegalArgumentException("No invite rule for " + n.kind());
        }
    }
}
