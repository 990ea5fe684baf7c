package org.meetlinks.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.meetlinks.application.port.out.RecordDeliveryPort;

/**
 * How each message of an outbox batch went, collected while the batch is sent and recorded afterwards: all at once
 * (the sent ones in one statement, each retry or failure with its own error), or, if that fails, each alone.
 */
final class DeliveryOutcomes {
    private final Instant at;
    private final List<Long> sent = new ArrayList<>();
    private final List<Consumer<RecordDeliveryPort>> others = new ArrayList<>();

    DeliveryOutcomes(Instant at) {
        this.at = at;
    }

    void sent(long outboxId) {
        sent.add(outboxId);
    }

    void retryAt(long outboxId, Instant retryAt, String error) {
        others.add(deliveries -> deliveries.markRetry(outboxId, retryAt, error));
    }

    void failed(long outboxId, String error) {
        others.add(deliveries -> deliveries.markFailed(outboxId, at, error));
    }

    int size() {
        return sent.size() + others.size();
    }

    /** Records every outcome through {@code deliveries}, inside the caller's transaction. */
    void recordAll(RecordDeliveryPort deliveries) {
        deliveries.markAllSent(sent, at);
        others.forEach(write -> write.accept(deliveries));
    }

    /** The same outcomes as one write each, for recording them one transaction at a time. */
    List<Consumer<RecordDeliveryPort>> oneByOne() {
        List<Consumer<RecordDeliveryPort>> writes = new ArrayList<>();
        sent.forEach(id -> writes.add(deliveries -> deliveries.markSent(id, at)));
        writes.addAll(others);
        return writes;
    }
}
