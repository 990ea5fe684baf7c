package org.meetlinks.application.service;

import java.util.Optional;
import org.meetlinks.application.port.in.SessionRole;
import org.meetlinks.domain.FailureKind;
import org.meetlinks.domain.LinkStatus;

/** The words the dashboard shows for a link's status, phrased for the one who reads them. */
final class SessionStatusTexts {
    private SessionStatusTexts() {}

    static String of(LinkStatus status, Optional<FailureKind> lastFailure, SessionRole reader) {
        boolean mentor = reader == SessionRole.MENTOR;
        return switch (status) {
            case PENDING ->
                mentor && lastFailure.isPresent()
                        ? "The video provider did not answer yet; retrying automatically"
                        : "Meeting link is being created";
            case ACTIVE -> "Ready";
            case AWAITING_MANUAL_LINK -> {
                if (!mentor) {
                    yield "Waiting for the mentor's manual link";
                }
                yield lastFailure.filter(k -> k == FailureKind.AUTH).isPresent()
                        ? "Reconnect your video account, or add a link by hand"
                        : "Waiting for your manual link";
            }
            case CANCELLED -> "Cancelled";
        };
    }
}
