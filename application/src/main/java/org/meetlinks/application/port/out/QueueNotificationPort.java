package org.meetlinks.application.port.out;

import java.util.List;

/** Puts messages in the outbox; a dispatcher sends them after the transaction commits. */
public interface QueueNotificationPort {
    /** Must join the caller's transaction; a second notification with the same dedupe key is ignored. */
    void queue(Notification notification);

    /** As {@link #queue} for each, in order; an adapter may write them in one statement. */
    default void queueAll(List<Notification> notifications) {
        notifications.forEach(this::queue);
    }
}
