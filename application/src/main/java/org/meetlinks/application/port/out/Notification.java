package org.meetlinks.application.port.out;

import java.util.Objects;
import java.util.Optional;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.SessionId;

/**
 * One message to one person about one session, queued in the same transaction as the change that causes it.
 * The dedupe key makes queueing it twice harmless.
 */
public final class Notification {
    private final NotificationKind kind;
    private final String dedupeKey;
    private final String recipientName;
    private final String recipientEmail;
    private final boolean recipientIsMentor;
    private final SessionId sessionId;
    private final Platform platform;
    private final int sequence;

    /** A message about the session itself (its link, its time, its cancellation). */
    public Notification(
            NotificationKind kind,
            String dedupeKey,
            String recipientName,
            String recipientEmail,
            boolean recipientIsMentor,
            SessionId sessionId,
            int sequence) {
        this(kind, dedupeKey, recipientName, recipientEmail, recipientIsMentor, sessionId, sequence, null);
    }

    /** A message about one of the mentor's provider accounts (reconnect it; its meetings are turned off). */
    public Notification(
            NotificationKind kind,
            String dedupeKey,
            String recipientName,
            String recipientEmail,
            boolean recipientIsMentor,
            SessionId sessionId,
            Platform platform,
            int sequence) {
        this(
                kind,
                dedupeKey,
                recipientName,
                recipientEmail,
                recipientIsMentor,
                sessionId,
                sequence,
                Objects.requireNonNull(platform, "platform"));
    }

    private Notification(
            NotificationKind kind,
            String dedupeKey,
            String recipientName,
            String recipientEmail,
            boolean recipientIsMentor,
            SessionId sessionId,
            int sequence,
            Platform platformOrNone) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.dedupeKey = Objects.requireNonNull(dedupeKey, "dedupeKey");
        this.recipientName = Objects.requireNonNull(recipientName, "recipientName");
        this.recipientEmail = Objects.requireNonNull(recipientEmail, "recipientEmail");
        this.recipientIsMentor = recipientIsMentor;
        this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
        this.platform = platformOrNone;
        this.sequence = sequence;
    }

    public NotificationKind kind() {
        return kind;
    }

    public String dedupeKey() {
        return dedupeKey;
    }

    public String recipientName() {
        return recipientName;
    }

    public String recipientEmail() {
        return recipientEmail;
    }

    public boolean recipientIsMentor() {
        return recipientIsMentor;
    }

    public SessionId sessionId() {
        return sessionId;
    }

    /** The provider account the message is about, for messages about one. */
    public Optional<Platform> platform() {
        return Optional.ofNullable(platform);
    }

    /** The session's invite revision when the message was queued. */
    public int sequence() {
        return sequence;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Notification n
                && kind == n.kind
                && dedupeKey.equals(n.dedupeKey)
                && recipientName.equals(n.recipientName)
                && recipientEmail.equals(n.recipientEmail)
                && recipientIsMentor == n.recipientIsMentor
                && sessionId.equals(n.sessionId)
                && platform == n.platform
                && sequence == n.sequence;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, dedupeKey, recipientEmail, sessionId, platform, sequence);
    }

    @Override
    public String toString() {
        return "Notification[" + kind + ", " + dedupeKey + ", to " + (recipientIsMentor ? "mentor" : "mentee") + "]";
    }
}
