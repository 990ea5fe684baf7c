package org.meetlinks.application.port.out;

import java.util.Objects;
import java.util.Optional;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.Platform;

/**
 * Everything needed to render and send one queued notification.
 *
 * @param queued the notification as it was queued (kind, recipient, the provider account it is about)
 * @param session the session as it is now (topic, times, people, invite sequence)
 * @param link the session's link as it is now (join URL always, provider URL when known)
 * @param actionUrl where the mentor acts: the mentor page (add a link, reconnect)
 * @param waitingSessions the mentor's upcoming sessions still without a real link (reconnect prompts say it)
 */
public record OutgoingNotification(
        Notification queued, MentoringSession session, SharedLink link, String actionUrl, long waitingSessions) {
    public OutgoingNotification {
        Objects.requireNonNull(queued, "queued");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(actionUrl, "actionUrl");
        if (waitingSessions < 0) {
            throw new IllegalArgumentException("waitingSessions cannot be negative");
        }
    }

    /** A notification that counts no waiting sessions. */
    public OutgoingNotification(Notification queued, MentoringSession session, SharedLink link, String actionUrl) {
        this(queued, session, link, actionUrl, 0);
    }

    /** Stable id of this message (the same on every retry, so clients fold duplicates). */
    public String messageId() {
        return queued.dedupeKey();
    }

    public NotificationKind kind() {
        return queued.kind();
    }

    public String recipientName() {
        return queued.recipientName();
    }

    public String recipientEmail() {
        return queued.recipientEmail();
    }

    /** True for the session's mentor (mentor-only texts, times in the mentor's zone). */
    public boolean recipientIsMentor() {
        return queued.recipientIsMentor();
    }

    /** The provider account the message is about (reconnect prompts). */
    public Optional<Platform> platform() {
        return queued.platform();
    }
}
