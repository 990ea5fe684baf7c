package org.meetlinks.adapter.out.persistence;

import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.meetlinks.application.port.out.KeepEmailLinksPort;
import org.meetlinks.application.port.out.contract.EmailLinksContract;

/** The emailed-link contract on PostgreSQL: one database for the class, emptied before each case. */
class EmailLinksOnPostgresTest extends EmailLinksContract {
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
    protected KeepEmailLinksPort newEmailLinks(Clock clock) {
        db.clear();
        return PerCallTransactions.of(db, KeepEmailLinksPort.class, em -> new EmailLinkRepository(em, clock));
    }
}
