package org.meetlinks.application.port.out;

/** A notification could not be delivered; {@code retryable} says whether trying again can help. */
public class NotificationDeliveryException extends RuntimeException {
    private final boolean retryable;

    public NotificationDeliveryException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
