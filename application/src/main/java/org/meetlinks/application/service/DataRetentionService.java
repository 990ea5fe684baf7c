package org.meetlinks.application.service;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import org.meetlinks.application.port.in.PurgeExpiredDataUseCase;
import org.meetlinks.application.port.out.PurgeExpiredDataPort;
import org.meetlinks.application.port.out.RunTransactionPort;

/** Deletes sessions, links, outbox rows and booking-event records older than the retention, each kind in its own transaction. */
public final class DataRetentionService implements PurgeExpiredDataUseCase {
    private static final System.Logger LOG = System.getLogger(DataRetentionService.class.getName());
    private final PurgeExpiredDataPort records;
    private final RunTransactionPort transactions;
    private final DataLifecycle lifecycle;
    private final Clock clock;

    public DataRetentionService(
            PurgeExpiredDataPort records, RunTransactionPort transactions, DataLifecycle lifecycle, Clock clock) {
        this.records = records;
        this.transactions = transactions;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    @Override
    public int purgeExpired() {
        Instant cutoff = clock.instant().minus(lifecycle.retention());
        int sessions = transactions.inTransaction(() -> records.deleteSessionsEndedBefore(cutoff));
        int outbox = transactions.inTransaction(() -> records.deleteOutboxRowsCreatedBefore(cutoff));
        int events = transactions.inTransaction(() -> records.deleteBookingEventsReceivedBefore(cutoff));
        if (sessions + outbox + events > 0) {
            LOG.log(
                    Level.INFO,
                    "Retention: deleted {0} sessions, {1} outbox rows and {2} booking-event records from "
                            + "before {3}",
                    sessions,
                    outbox,
                    events,
                    cutoff);
        }
        return sessions + outbox + events;
    }
}
