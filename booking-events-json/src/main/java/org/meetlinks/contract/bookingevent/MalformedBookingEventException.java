package org.meetlinks.contract.bookingevent;

/** A booking event that can never be handled as sent: names the field and says what is wrong. */
public class MalformedBookingEventException extends RuntimeException {
    private final String field;

    public MalformedBookingEventException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    /** JSON path of the offending field, e.g. {@code mentor.email}; {@code body} for unreadable JSON. */
    public String field() {
        return field;
    }
}
