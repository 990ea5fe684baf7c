package org.meetlinks.adapter.out.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.meetlinks.application.port.out.ClaimNotificationsPort;
import org.meetlinks.application.port.out.QueueNotificationPort;
import org.meetlinks.application.port.out.RecordDeliveryPort;
import org.meetlinks.application.port.out.contract.OutboxContract;
import org.meetlinks.application.port.out.contract.OutboxPorts;

/** The outbox contract on PostgreSQL: one database for the class, emptied before each case. */
class OutboxOnPostgresTest extends OutboxContract {
    @RegisterExtension
    static final PostgresFixture db = new PostgresFixture();

    @Override
    protected OutboxPorts newOutbox() {
        db.clear();
        return new OutboxPorts(
                PerCallTransactions.of(db, QueueNotificationPort.class, OutboxRepository::new),
                PerCallTransactions.of(db, ClaimNotificationsPort.class, OutboxRepository::new),
                PerCallTransactions.of(db, RecordDeliveryPort.class, OutboxRepository::new));
    }
}
