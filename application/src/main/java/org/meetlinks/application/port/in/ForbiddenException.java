package org.meetlinks.application.port.in;

/** The caller may see the thing but not change it. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
