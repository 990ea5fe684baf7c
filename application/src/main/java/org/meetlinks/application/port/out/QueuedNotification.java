package org.meetlinks.application.port.out;

import java.util.Objects;

/** A notification taken from the outbox for sending: its outbox id and how often it was tried. */
public record QueuedNotification(long outboxId, Notification notification, int attempts) {
    public QueuedNotification {
        Objects.requireNonNull(notification, "notification");
    }
}
