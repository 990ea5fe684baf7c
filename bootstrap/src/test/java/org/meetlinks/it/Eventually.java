package org.meetlinks.it;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Polls until a condition holds, for effects that happen asynchronously (JMS, retries). */
final class Eventually {
    private Eventually() {}

    static <T> T await(String what, Duration within, Supplier<java.util.Optional<T>> probe) {
        Instant deadline = Instant.now().plus(within);
        while (true) {
            java.util.Optional<T> result = probe.get();
            if (result.isPresent()) {
                return result.get();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out after " + within + " waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }
}
