package org.meetlinks.adapter.in.rest;

import org.meetlinks.application.port.in.NotFoundException;
import org.meetlinks.domain.DomainException;
import org.meetlinks.domain.SessionId;

/** Session ids from URL paths: a malformed one is simply a session that does not exist (404). */
final class PathIds {
    private PathIds() {}

    static SessionId sessionId(String raw) {
        try {
            return new SessionId(raw);
        } catch (DomainException e) {
            throw new NotFoundException("no session " + raw);
        }
    }
}
