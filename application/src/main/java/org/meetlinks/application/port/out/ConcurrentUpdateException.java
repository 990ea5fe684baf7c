package org.meetlinks.application.port.out;

/** Someone else changed the record since it was read (optimistic locking). */
public class ConcurrentUpdateException extends RuntimeException {
    public ConcurrentUpdateException(String message) {
        super(message);
    }
}
