package org.meetlinks.application.port.out;

import java.time.Instant;

/** Records how sending a claimed notification went. */
public interface RecordDeliveryPort {
    void markSent(long outboxId, Instant at);

    void markRetry(long outboxId, Instant retryAt, String error);

    void markFailed(long outboxId, Instant at, String error);
}
