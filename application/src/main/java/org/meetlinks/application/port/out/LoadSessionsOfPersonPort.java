package org.meetlinks.application.port.out;

import java.time.Instant;
import java.util.List;

/** Reads the sessions one person takes part in (as mentor or mentee), each with its meeting link. */
public interface LoadSessionsOfPersonPort {
    /**
     * Sessions of {@code personId} that end after {@code from} and start before {@code to} (so a session in
     * progress is included), cancelled ones too, ordered by start time then session id.
     *
     * @param offset how many matching sessions to skip
     * @param limit  at most this many are returned
     */
    List<SessionWithLink> loadSessionsOfPerson(String personId, Instant from, Instant to, int offset, int limit);
}
