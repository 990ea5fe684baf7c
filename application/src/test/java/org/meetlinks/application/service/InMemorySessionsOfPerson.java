package org.meetlinks.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.meetlinks.application.port.out.LoadSessionsOfPersonPort;
import org.meetlinks.application.port.out.SessionWithLink;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MentoringSession;

/** In-memory stand-in for the dashboard query, with the port's filter and order rules; remembers the last call. */
final class InMemorySessionsOfPerson implements LoadSessionsOfPersonPort {
    private final List<SessionWithLink> rows = new ArrayList<>();
    String lastPersonId;
    Instant lastFrom;
    Instant lastTo;
    int lastOffset;
    int lastLimit;

    void add(MentoringSession session, MeetingLink link) {
        rows.add(SessionWithLink.of(session, link));
    }

    void addWithoutLink(MentoringSession session) {
        rows.add(SessionWithLink.withoutLink(session));
    }

    @Override
    public List<SessionWithLink> loadSessionsOfPerson(
            String personId, Instant from, Instant to, int offset, int limit) {
        lastPersonId = personId;
        lastFrom = from;
        lastTo = to;
        lastOffset = offset;
        lastLimit = limit;
        return rows.stream()
                .filter(r -> r.session().hasParticipant(personId))
                .filter(r -> r.session().endsAt().isAfter(from)
                        && r.session().startsAt().isBefore(to))
                .sorted(Comparator.comparing((SessionWithLink r) -> r.session().startsAt())
                        .thenComparing(r -> r.session().id().value()))
                .skip(offset)
                .limit(limit)
                .toList();
    }
}
