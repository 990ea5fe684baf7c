package org.meetlinks.adapter.out.persistence;

import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.meetlinks.application.port.out.LoadSessionsOfPersonPort;
import org.meetlinks.application.port.out.SessionWithLink;
import org.meetlinks.application.port.out.contract.SessionsOfPersonContract;

/** The dashboard-query contract on PostgreSQL: one database for the class, emptied before each case. */
class SessionsOfPersonOnPostgresTest extends SessionsOfPersonContract {
    @RegisterExtension
    static final PostgresFixture db = new PostgresFixture();

    @Override
    protected LoadSessionsOfPersonPort storing(List<SessionWithLink> rows) {
        db.clear();
        db.inTransaction(em -> {
            rows.forEach(r -> {
                new SessionRepository(em).insertSessionIfAbsent(r.session());
                r.link().ifPresent(link -> new MeetingLinkRepository(em).insertLinkIfAbsent(link));
            });
            return rows.size();
        });
        return PerCallTransactions.of(db, LoadSessionsOfPersonPort.class, SessionsOfPersonRepository::new);
    }
}
