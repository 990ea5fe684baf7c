package org.meetlinks.adapter.out.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.meetlinks.application.port.out.LoadMeetingLinkPort;
import org.meetlinks.application.port.out.LoadSessionPort;
import org.meetlinks.application.port.out.LoadSessionsWithLinksPort;
import org.meetlinks.application.port.out.SaveMeetingLinkPort;
import org.meetlinks.application.port.out.SaveSessionPort;
import org.meetlinks.application.port.out.contract.MeetingLinksContract;
import org.meetlinks.application.service.LinkStore;

/** The sessions-and-links contract on PostgreSQL: one database for the class, emptied before each case. */
class MeetingLinksOnPostgresTest extends MeetingLinksContract {
    @RegisterExtension
    static final PostgresFixture db = new PostgresFixture();

    @Override
    protected LinkStore newStore() {
        db.clear();
        return new LinkStore(
                PerCallTransactions.of(db, LoadSessionPort.class, SessionRepository::new),
                PerCallTransactions.of(db, SaveSessionPort.class, SessionRepository::new),
                PerCallTransactions.of(db, LoadMeetingLinkPort.class, MeetingLinkRepository::new),
                PerCallTransactions.of(db, SaveMeetingLinkPort.class, MeetingLinkRepository::new),
                PerCallTransactions.of(db, LoadSessionsWithLinksPort.class, SessionRepository::new));
    }
}
