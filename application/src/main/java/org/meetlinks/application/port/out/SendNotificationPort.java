package org.meetlinks.application.port.out;

/** Delivers one notification to one person (email with a calendar invite where it fits). */
public interface SendNotificationPort {
    /** @throws NotificationDeliveryException when it could not be handed to the mail system */
    void send(OutgoingNotification notification);
}
