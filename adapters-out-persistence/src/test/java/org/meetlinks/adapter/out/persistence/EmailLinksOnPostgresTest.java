package org.meetlinks.adapter.out.persistence;

import java.time.Clock;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.meetlinks.application.port.out.KeepEmailLinksPort;
import org.meetlinks.application.port.out.contract.EmailLinksContract;

/** The emailed-link contract on PostgreSQL: one database for the class, emptied before each case. */
class EmailLinksOnPostgresTest extends EmailLinksContract {
    @RegisterExtension
    static final PostgresFixture db = new PostgresFixture();

    @Override
    protected KeepEmailLinksPort newEmailLinks(Clock clock) {
        db.clear();
        return PerCallTransactions.of(db, KeepEmailLinksPort.class, em -> new EmailLinkRepository(em, clock));
    }
}
