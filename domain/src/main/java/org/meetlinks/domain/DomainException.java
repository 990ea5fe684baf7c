package org.meetlinks.domain;

/** Base of all rule violations raised by the domain model. */
public class DomainException extends RuntimeException {
    private final String field;

    public DomainException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field the violation is about, for error responses that name it. */
    public String field() {
        return field;
    }
}
