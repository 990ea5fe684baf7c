package org.meetlinks.application.port.out;

import java.time.Instant;

/** Deletes old records; each method answers how many rows it deleted. */
public interface PurgeExpiredDataPort {
    /** Sessions that ended before {@code cutoff}, with their meeting link and their outbox rows. */
    int deleteSessionsEndedBefore(Instant cutoff);

    /** Outbox rows created before {@code cutoff}. */
    int deleteOutboxRowsCreatedBefore(Instant cutoff);

    /** Records of booking events received before {@code cutoff} (a redelivery older than that is handled anew). */
    int deleteBookingEventsReceivedBefore(Instant cutoff);
}
