package org.meetlinks.application.port.in;

import java.util.Objects;

/**
 * The outcome of a finished connect.
 *
 * @param connection the connection as it is now
 * @param fromEmail true when an emailed reconnect link started it (the browser has no mentor page session then)
 * @param sessionsWaiting the mentor's sessions that were waiting for a link and are being regenerated
 * @param sessionsLinked how many of them had their link when this answer was made (emailed connects wait a moment)
 */
public record CompletedConnect(ConnectionView connection, boolean fromEmail, int sessionsWaiting, int sessionsLinked) {
    public CompletedConnect {
        Objects.requireNonNull(connection, "connection");
        if (sessionsWaiting < 0 || sessionsLinked < 0 || sessionsLinked > sessionsWaiting) {
            throw new IllegalArgumentException("0 <= sessionsLinked <= sessionsWaiting");
        }
    }
}
