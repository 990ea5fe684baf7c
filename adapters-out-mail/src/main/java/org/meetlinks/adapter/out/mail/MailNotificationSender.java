package org.meetlinks.adapter.out.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Objects;
import org.meetlinks.application.port.out.OutgoingNotification;
import org.meetlinks.application.port.out.SendNotificationPort;

/**
 * Sends each notification as one email through Jakarta Mail (Liberty's mailSession in production),
 * with the calendar invite for session notifications and a Message-ID that stays the same when the
 * same notification is sent again.
 */
public final class MailNotificationSender implements SendNotificationPort {
    private static final System.Logger LOG = System.getLogger(MailNotificationSender.class.getName());

    private final MessageComposer composer;

    /**
     * The container's mail session, the sender identity, the invite builder (shared with the .ics download) and the
     * clock for Date and DTSTAMP.
     */
    public MailNotificationSender(Session session, MailSettings settings, InviteBuilder invites, Clock clock) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(invites, "invites");
        Objects.requireNonNull(clock, "clock");
        this.composer = new MessageComposer(session, settings, invites, clock);
    }

    @Override
    public void send(OutgoingNotification notification) {
        Objects.requireNonNull(notification, "notification");
        MimeMessage message = compose(notification);
        try {
            Transport.send(message);
        } catch (MessagingException e) {
            throw DeliveryFailures.sending(notification.kind(), notification.messageId(), e);
        }
        LOG.log(Level.DEBUG, "Sent {0} notification {1}", new Object[] {notification.kind(), notification.messageId()});
    }

    private MimeMessage compose(OutgoingNotification notification) {
        try {
            return composer.compose(notification);
        } catch (MessagingException | IllegalArgumentException | IllegalStateException e) {
            // Malformed recipient address or unusable input: the same notification fails the same way again.
            throw DeliveryFailures.composing(notification.kind(), notification.messageId(), e);
        }
    }
}
