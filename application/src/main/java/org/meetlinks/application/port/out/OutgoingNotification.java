package org.meetlinks.application.port.out;

import java.util.Objects;
import java.util.Optional;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.Platform;

/**
 * Everything needed to render and send one queued notification.
 *
 * @param messageId stable id of this message (same on every retry, so clients fold duplicates)
 * @param kind what happened
 * @param recipientName who gets it
 * @param recipientEmail where it goes
 * @param recipientIsMentor true for the session's mentor (mentor-only texts, times in the mentor's zone)
 * @param session the session as it is now (topic, times, people, invite sequence)
 * @param link the session's link as it is now (join URL always, provider URL when known)
 * @param platform the provider concerned (reconnect prompts)
 * @param actionUrl where the mentor acts: the mentor page (add a link, reconnect)
 * @param waitingSessions the mentor's upcoming sessions still without a real link (reconnect prompts say it)
 */
public record OutgoingNotification(
        String messageId,
        NotificationKind kind,
        String recipientName,
        String recipientEmail,
        boolean recipientIsMentor,
        MentoringSession session,
        SharedLink link,
        Optional<Platform> platform,
        String actionUrl,
        long waitingSessions) {
    public OutgoingNotification {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipientName, "recipientName");
        Objects.requireNonNull(recipientEmail, "recipientEmail");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(actionUrl, "actionUrl");
        if (waitingSessions < 0) {
            throw new IllegalArgumentException("waitingSessions cannot be negative");
        }
    }

    /** A notification that counts no waiting sessions. */
    public OutgoingNotification(
            String messageId,
            NotificationKind kind,
            String recipientName,
            String recipientEmail,
            boolean recipientIsMentor,
            MentoringSession session,
            SharedLink link,
            Optional<Platform> platform,
            String actionUrl) {
        this(messageId, kind, recipientName, recipientEmail, recipientIsMentor, session, link, platform, actionUrl, 0);
    }
}
