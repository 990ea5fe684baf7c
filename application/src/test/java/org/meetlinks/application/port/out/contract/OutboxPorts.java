package org.meetlinks.application.port.out.contract;

import java.util.Objects;
import org.meetlinks.application.port.out.ClaimNotificationsPort;
import org.meetlinks.application.port.out.QueueNotificationPort;
import org.meetlinks.application.port.out.RecordDeliveryPort;

/** The three ports of one notification outbox, as the outbox contract drives them. */
public record OutboxPorts(QueueNotificationPort queue, ClaimNotificationsPort claims, RecordDeliveryPort deliveries) {
    public OutboxPorts {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(claims, "claims");
        Objects.requireNonNull(deliveries, "deliveries");
    }
}
