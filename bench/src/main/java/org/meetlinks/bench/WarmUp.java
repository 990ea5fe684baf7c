package org.meetlinks.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The unmeasured confirmations that go before a run, so that it meets a warm server. */
final class WarmUp {
    private static final int WARM_UP_RATE = 40;

    private WarmUp() {}

    /**
     * Sends warm-up confirmations (their own sessions, not measured) at {@value #WARM_UP_RATE}/s and waits for their
     * links, so the measured run meets a server whose code paths are compiled and whose pools are filled, as in
     * production. A few thousand are needed: methods run once per confirmation reach the JIT's optimizing tier only
     * after thousands of calls (with 600, the compiler threads still used 2 to 9 ms per measured confirmation).
     */
    static void run(int count, LocalStack stack, List<MentorAccounts.BenchMentor> mentors, String runId)
            throws Exception {
        if (count == 0) {
            return;
        }
        Confirmations warm = new Confirmations("warm-" + runId + "-", mentors);
        long started = System.nanoTime();
        try (LinkWatcher watcher = new LinkWatcher(stack.jdbcUrl(), warm.sessionPrefix(), count);
                BookingSender sender = new BookingSender(stack.brokerUrl())) {
            sender.send(warm, count, WARM_UP_RATE, false, new long[count], i -> watcher.sentUpTo(i + 1));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(120)); // after the last send
            while (watcher.linked() < count && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            System.out.printf(
                    "Warm-up: %d of %d confirmations linked in %.1f s (not measured)%n",
                    watcher.linked(), count, (System.nanoTime() - started) / 1e9);
        }
    }
}
