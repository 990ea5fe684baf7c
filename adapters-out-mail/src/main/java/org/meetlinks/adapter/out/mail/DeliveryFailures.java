package org.meetlinks.adapter.out.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import org.meetlinks.application.port.out.NotificationDeliveryException;
import org.meetlinks.application.port.out.NotificationKind;

/**
 * Turns Jakarta Mail failures into {@link NotificationDeliveryException}: retryable for connection
 * and transport trouble, not retryable when the recipient address itself is refused or malformed.
 * Messages name the kind and message id only: no addresses, no server replies.
 */
final class DeliveryFailures {
    private DeliveryFailures() {}

    /** A failure while handing the message to the mail server. */
    static NotificationDeliveryException sending(NotificationKind kind, String messageId, MessagingException e) {
        boolean retryable = isRetryable(e);
        String reason = retryable
                ? "the mail server could not be reached or refused the message for now"
                : "the recipient address was refused";
        return new NotificationDeliveryException(
                "Could not send " + kind + " notification " + messageId + ": " + reason, retryable, e);
    }

    /** A failure while building the message: the same input fails the same way again. */
    static NotificationDeliveryException composing(NotificationKind kind, String messageId, Exception e) {
        return new NotificationDeliveryException(
                "Could not build " + kind + " notification " + messageId + ": "
                        + e.getClass().getSimpleName(),
                false,
                e);
    }

    /**
     * Malformed addresses and addresses the server refused for good (5xx on RCPT) are final. Everything
     * else (connection refused, timeouts, 4xx answers, failed authentication, which operations can fix)
     * may work on a later attempt.
     */
    static boolean isRetryable(MessagingException e) {
        if (e instanceof AddressException) {
            return false;
        }
        if (e instanceof SendFailedException) {
            SendFailedException failed = (SendFailedException) e;
            // One recipient per message: a 5xx on RCPT puts it among the invalid addresses, a 4xx
            // among the valid-but-unsent ones.
            return isEmpty(failed.getInvalidAddresses()) || !isEmpty(failed.getValidUnsentAddresses());
        }
        return true;
    }

    private static boolean isEmpty(Address[] addresses) {
        return addresses == null || addresses.length == 0;
    }
}
