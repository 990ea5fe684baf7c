package org.meetlinks.bootstrap;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.function.IntSupplier;

/**
 * Lets background passes run until the application stops, and lets the stop wait for the passes under way: a pass
 * cut off while the persistence unit closes would fail half-way (its leases would redo it on the next start, but a
 * clean stop should not log an error). A pass that comes due once stopping has begun does not start.
 */
final class PassGate {
    private static final System.Logger LOG = System.getLogger(PassGate.class.getName());

    private boolean stopping;
    private int running;

    /** Runs one pass unless stopping has begun; a failure is logged, and the next pass tries again. */
    void run(String name, IntSupplier pass) {
        if (!enter()) {
            return;
        }
        try {
            int handled = pass.getAsInt();
            if (handled > 0) {
                LOG.log(Level.DEBUG, () -> name + ": " + handled + " handled");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, name + " failed; the next pass tries again", e);
        } finally {
            leave();
        }
    }

    /**
     * Refuses new passes and waits up to {@code patience} for the running ones to end.
     *
     * @return true when none is running any more
     */
    synchronized boolean stop(Duration patience) {
        stopping = true;
        long deadline = System.nanoTime() + patience.toNanos();
        while (running > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                LOG.log(
                        Level.INFO,
                        running + " background pass(es) still running at stop; what they leave undone is redone after"
                                + " the next start");
                return false;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private synchronized boolean enter() {
        if (stopping) {
            return false;
        }
        running++;
        return true;
    }

    private synchronized void leave() {
        running--;
        notifyAll();
    }
}
