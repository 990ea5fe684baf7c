package org.meetlinks.application.port.out;

import java.util.Objects;
import java.util.Optional;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.SessionId;

/**
 * One message to one person, queued in the same transaction as the change that causes it.
 * The dedupe key makes queueing it twice harmless.
 */
public record Notification(
        NotificationKind kind,
        String dedupeKey,
        String recipientName,
        String recipientEmail,
        boolean recipientIsMentor,
        Optional<SessionId> sessionId,
        Optional<Platform> platform,
        int sequence) {
    public Notification {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dedupeKey, "dedupeKey");
        Objects.requireNonNull(recipientName, "recipientName");
        Objects.requireNonNull(recipientEmail, "recipientEmail");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(platform, "platform");
    }
}
