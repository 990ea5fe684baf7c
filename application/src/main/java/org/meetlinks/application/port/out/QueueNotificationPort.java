package org.meetlinks.application.port.out;

/** Puts a message in the outbox; a dispatcher sends it after the transaction commits. */
public interface QueueNotificationPort {
    /** Must join the caller's transaction; a second notification with the same dedupe key is ignored. */
    void queue(Notification notification);
}
