package org.meetlinks.application.service;

import java.util.Optional;
import org.meetlinks.application.port.in.SessionRole;
import org.meetlinks.domain.FailureKind;
import org.meetlinks.domain.LinkGeneration;
import org.meetlinks.domain.LinkStatus;

/** The words the dashboard shows for a link's status, phrased for the one who reads them. */
final class SessionStatusTexts {
    private SessionStatusTexts() {}

    /** The status of a session whose link has no attempts to tell of yet (it is not even stored). */
    static String of(LinkStatus status, SessionRole reader) {
        return text(status, false, false, reader);
    }

    /** The status of a session whose link's attempts so far are {@code generation}. */
    static String of(LinkStatus status, LinkGeneration generation, SessionRole reader) {
        Optional<FailureKind> lastFailure = generation.lastFailure();
        return text(
                status,
                lastFailure.isPresent(),
                lastFailure.filter(k -> k == FailureKind.AUTH).isPresent(),
                reader);
    }

    private static String text(LinkStatus status, boolean failedBefore, boolean refused, SessionRole reader) {
        boolean mentor = reader == SessionRole.MENTOR;
        return switch (status) {
            case PENDING ->
                mentor && failedBefore
                        ? "The video provider did not answer yet; retrying automatically"
                        : "Meeting link is being created";
            case ACTIVE -> "Ready";
            case AWAITING_MANUAL_LINK -> {
                if (!mentor) {
                    yield "Waiting for the mentor's manual link";
                }
                yield refused ? "Reconnect your video account, or add a link by hand" : "Waiting for your manual link";
            }
            case CANCELLED -> "Cancelled";
        };
    }
}
