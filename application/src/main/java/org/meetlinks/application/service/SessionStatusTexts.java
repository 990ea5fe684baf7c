package org.meetlinks.application.service;

import org.meetlinks.application.port.in.SessionRole;
import org.meetlinks.domain.LinkStatus;

/** The words the dashboard shows for a link's status, phrased for the one who reads them. */
final class SessionStatusTexts {
    private SessionStatusTexts() {
    }

    static String of(LinkStatus status, SessionRole reader) {
        return switch (status) {
            case PENDING -> "Meeting link is being created";
            case ACTIVE -> "Ready";
            case AWAITING_MANUAL_LINK -> reader == SessionRole.MENTOR
                    ? "Waiting for your manual link"
                    : "Waiting for the mentor's manual link";
            case CANCELLED -> "Cancelled";
        };
    }
}
