package org.meetlinks.adapter.out.mail;

import java.util.Optional;
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
     * cancellation, so a calendar never brings a cancelled session back.
     */
    static Optional<InviteKind> of(OutgoingNotification n) {
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
