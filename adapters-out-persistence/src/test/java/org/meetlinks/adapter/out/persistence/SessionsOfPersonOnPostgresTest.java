package org.meetlinks.adapter.out.persistence;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.meetlinks.application.port.out.LoadSessionsOfPersonPort;
import org.meetlinks.application.port.out.SessionWithLink;
import org.meetlinks.application.port.out.contract.SessionsOfPersonContract;

/** The dashboard-query contract on PostgreSQL: one database for the class, emptied before each case. */
class SessionsOfPersonOnPostgresTest extends SessionsOfPersonContract {
    private static PostgresFixture db;

    @BeforeAll
    static void start() throws Exception {
        db = new PostgresFixture();
    }

    @AfterAll
    static void stop() throws Exception {
        db.close();
    }

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
