package org.meetlinks.application.service;

import java.util.function.Supplier;
import org.meetlinks.application.port.out.ConcurrentUpdateException;

/** Runs a write again on fresh state when a concurrent change of the same link made it fail. */
final class ConcurrentRetries {
    private static final int TRIES = 3;

    private ConcurrentRetries() {}

    static <T> T retried(Supplier<T> write) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (ConcurrentUpdateException e) {
                if (attempt == TRIES) {
                    throw e;
                }
            }
        }
    }
}
