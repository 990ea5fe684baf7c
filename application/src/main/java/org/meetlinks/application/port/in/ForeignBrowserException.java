package org.meetlinks.application.port.in;

/**
 * A connect callback arrived in a browser that did not start the connect (the consent URL was forwarded or leaked):
 * nothing was exchanged or stored.
 */
public class ForeignBrowserException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ForeignBrowserException(String message) {
        super(message);
    }
}
