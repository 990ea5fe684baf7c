package org.meetlinks.application.port.in;

import java.time.Instant;
import java.util.List;

/** One page of the caller's sessions, with the window actually searched and whether more pages follow. */
public record MySessionsPage(
        List<MySessionView> sessions, Instant from, Instant to, int page, int size, boolean hasMore) {
    public MySessionsPage {
        sessions = List.copyOf(sessions);
    }
}
