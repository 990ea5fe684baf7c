package org.meetlinks.application.port.out;

import java.util.Collection;
import java.util.List;
import org.meetlinks.domain.SessionId;

/** Reads several stored sessions with their links in one go (the outbox renders a batch of messages at once). */
public interface LoadSessionsWithLinksPort {
    /** @return the sessions among {@code sessionIds} that exist and have a link, in no particular order */
    List<SessionWithLink> loadSessionsWithLinks(Collection<SessionId> sessionIds);
}
