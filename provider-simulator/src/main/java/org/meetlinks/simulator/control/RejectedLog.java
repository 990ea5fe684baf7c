package org.meetlinks.simulator.control;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.meetlinks.simulator.http.SimRequest;

/** Bounded, thread-safe list of rejected (invalid) requests, newest last. */
public final class RejectedLog {

    private static final System.Logger LOG = System.getLogger(RejectedLog.class.getName());
    private static final int MAX_ENTRIES = 10_000;
    private static final int MAX_BODY = 2_000;

    private final ConcurrentLinkedDeque<RejectedRequest> entries = new ConcurrentLinkedDeque<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicLong total = new AtomicLong();
    private final Clock clock;

    /** Creates the log using the clock for timestamps. */
    public RejectedLog(Clock clock) {
        this.clock = clock;
    }

    /** Records a rejection and logs it at WARNING. */
    public void record(String provider, SimRequest request, int status, String reason) {
        String body =
                request.body().length() > MAX_BODY ? request.body().substring(0, MAX_BODY) + "..." : request.body();
        entries.addLast(new RejectedRequest(
                clock.instant(), provider, request.method(), request.pathAndQuery(), status, reason, body));
        total.incrementAndGet();
        if (size.incrementAndGet() > MAX_ENTRIES && entries.pollFirst() != null) {
            size.decrementAndGet();
        }
        LOG.log(
                Level.WARNING,
                () -> "Rejected " + provider + " " + request.method() + " " + request.pathAndQuery() + " -> " + status
                        + ": " + reason);
    }

    /** The retained entries, oldest first. */
    public List<RejectedRequest> entries() {
        return new ArrayList<>(entries);
    }

    /** How many rejections happened since the last clear (may exceed the retained entries). */
    public long total() {
        return total.get();
    }

    /** Forgets everything. */
    public void clear() {
        entries.clear();
        size.set(0);
        total.set(0);
    }
}
