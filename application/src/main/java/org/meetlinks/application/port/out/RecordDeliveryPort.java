package org.meetlinks.application.port.out;

import java.time.Instant;
import java.util.Collection;

/** Records how sending a claimed notification went. */
public interface RecordDeliveryPort {
    void markSent(long outboxId, Instant at);

    /** Marks several notifications sent at once (a batch's sent messages, in one statement). */
    void markAllSent(Collection<Long> outboxIds, Instant at);

    void markRetry(long outboxId, Instant retryAt, String error);

    void markFailed(long outboxId, Instant at, String error);
}
