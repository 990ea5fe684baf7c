package org.meetlinks.application.service;

import java.util.List;
import org.meetlinks.application.port.out.LoadSessionsOfPersonPort;
import org.meetlinks.application.port.out.SessionWithLink;
import org.meetlinks.application.port.out.contract.SessionsOfPersonContract;

/** The dashboard-query contract on the in-memory fake the use-case tests use. */
class InMemorySessionsOfPersonTest extends SessionsOfPersonContract {
    @Override
    protected LoadSessionsOfPersonPort storing(List<SessionWithLink> rows) {
        InMemorySessionsOfPerson query = new InMemorySessionsOfPerson();
        rows.forEach(r -> r.link()
                .ifPresentOrElse(link -> query.add(r.session(), link), () -> query.addWithoutLink(r.session())));
        return query;
    }
}
