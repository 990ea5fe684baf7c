package org.meetlinks.application.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Takes due notifications from the outbox so that no other dispatcher (thread or instance) takes them too. */
public interface ClaimNotificationsPort {
    /**
     * Claims up to {@code limit} due notifications for {@code lease}: a dispatcher that dies before it
     * records the outcome loses nothing, the notification is due again once the lease ends.
     */
    List<QueuedNotification> claimDueNotifications(Instant now, Duration lease, int limit);
}
