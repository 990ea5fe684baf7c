package org.meetlinks.domain;

/** A meeting URL does not fit the rules of its platform. */
public class InvalidMeetingUrlException extends DomainException {
    public InvalidMeetingUrlException(String message) {
        super("url", message);
    }
}
