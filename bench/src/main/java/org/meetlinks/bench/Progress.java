package org.meetlinks.bench;

import java.util.concurrent.atomic.AtomicInteger;

/** The progress line printed while a run goes: sent, real links, placeholders, still waiting. */
final class Progress {
    private final long started = System.nanoTime();
    private final int count;
    private final LinkWatcher watcher;
    private final AtomicInteger sent = new AtomicInteger();

    Progress(int count, LinkWatcher watcher) {
        this.count = count;
        this.watcher = watcher;
    }

    void sent(int n) {
        sent.set(n);
    }

    /** Seconds since the first send, for event lines. */
    String stamp() {
        return String.format("t=%.1fs", (System.nanoTime() - started) / 1e9);
    }

    void print() {
        int linked = watcher.linked();
        System.out.printf(
                "[%6.1fs] sent %d/%d | real links %d | placeholders seen %d | without a real link %d%s%n",
                (System.nanoTime() - started) / 1e9,
                sent.get(),
                count,
                linked,
                watcher.placeholders(),
                sent.get() - linked,
                watcher.pollFailures() > 0 ? " | db polls failed " + watcher.pollFailures() : "");
    }
}
