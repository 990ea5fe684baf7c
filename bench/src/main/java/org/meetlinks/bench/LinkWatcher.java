package org.meetlinks.bench;

import java.lang.System.Logger.Level;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Watches the database for the run's links and notes, per session, when its link row (the join URL) was stored,
 * when it first had a real link (ACTIVE), and when the mentor was first asked for one (AWAITING_MANUAL_LINK).
 *
 * <p>The times are the rows' own: {@code created_at} for the stored link, {@code updated_at} of the row as first
 * seen in that status for the others, written by the server in the transaction that made the change (a few
 * milliseconds before its commit made it readable). So the watcher can poll rarely ({@value #POLL_MILLIS} ms) and
 * cheaply (only the sessions sent and still without a real link, by their unique key) without making the times
 * late, and it costs the machine it measures little. Server and bench share this machine's clock.
 */
final class LinkWatcher implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LinkWatcher.class.getName());
    static final int POLL_MILLIS = 250;
    static final long NOT_SEEN = Long.MIN_VALUE;

    private final String jdbcUrl;
    private final String prefix;
    private final long[] linkedNanos;
    private final long[] placeholderNanos;
    private final long[] storedNanos;
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger linked = new AtomicInteger();
    private final AtomicInteger placeholders = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger pollFailures = new AtomicInteger();
    /** System.nanoTime() minus nanoseconds since the epoch: turns a row's timestamp into this JVM's nano clock. */
    private final long nanoOffset;

    private final Thread thread;

    LinkWatcher(String jdbcUrl, String sessionPrefix, int count) {
        this.jdbcUrl = jdbcUrl;
        this.prefix = sessionPrefix;
        this.linkedNanos = new long[count];
        this.placeholderNanos = new long[count];
        this.storedNanos = new long[count];
        Arrays.fill(storedNanos, NOT_SEEN);
        Arrays.fill(linkedNanos, NOT_SEEN);
        Arrays.fill(placeholderNanos, NOT_SEEN);
        long nanos = System.nanoTime();
        this.nanoOffset = nanos - epochNanos(Instant.now());
        this.thread = new Thread(this::run, "link-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    /** Sessions 0..n-1 have been sent: the watcher looks for their links from now on. */
    void sentUpTo(int n) {
        sent.accumulateAndGet(n, Math::max);
    }

    int linked() {
        return linked.get();
    }

    int placeholders() {
        return placeholders.get();
    }

    int pollFailures() {
        return pollFailures.get();
    }

    long linkedAt(int i) {
        return linkedNanos[i];
    }

    long placeholderAt(int i) {
        return placeholderNanos[i];
    }

    /** When the session's link row (its join URL) was stored, in any status. */
    long storedAt(int i) {
        return storedNanos[i];
    }

    private void run() {
        while (running.get()) {
            try (Connection c = DriverManager.getConnection(jdbcUrl, "meetlinks", "meetlinks");
                    PreparedStatement poll = c.prepareStatement("""
                         select session_id, status, created_at, updated_at from meeting_link
                         where session_id = any(?)""")) {
                while (running.get()) {
                    poll(c, poll);
                    Thread.sleep(POLL_MILLIS);
                }
            } catch (SQLException e) {
                pollFailures.incrementAndGet();
                LOG.log(Level.DEBUG, () -> "Polling links failed (database restarting?): " + e.getMessage());
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void poll(Connection c, PreparedStatement poll) throws SQLException {
        List<String> open = new ArrayList<>();
        for (int i = 0, n = sent.get(); i < n; i++) {
            if (linkedNanos[i] == NOT_SEEN) {
                open.add(prefix + i);
            }
        }
        if (open.isEmpty()) {
            return;
        }
        Array ids = c.createArrayOf("varchar", open.toArray());
        poll.setArray(1, ids);
        try (ResultSet rows = poll.executeQuery()) {
            while (rows.next()) {
                int i = Integer.parseInt(rows.getString(1).substring(prefix.length()));
                String status = rows.getString(2);
                if (storedNanos[i] == NOT_SEEN) {
                    storedNanos[i] = nanos(rows.getTimestamp(3));
                }
                if (status.equals("ACTIVE")) {
                    linkedNanos[i] = nanos(rows.getTimestamp(4));
                    linked.incrementAndGet();
                } else if (status.equals("AWAITING_MANUAL_LINK") && placeholderNanos[i] == NOT_SEEN) {
                    placeholderNanos[i] = nanos(rows.getTimestamp(4));
                    placeholders.incrementAndGet();
                }
            }
        } finally {
            ids.free();
        }
    }

    private long nanos(Timestamp at) {
        return epochNanos(at.toInstant()) + nanoOffset;
    }

    private static long epochNanos(Instant at) {
        return at.getEpochSecond() * 1_000_000_000L + at.getNano();
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Polls once more (the last links), then stops. */
    @Override
    public void close() throws InterruptedException {
        Thread.sleep(POLL_MILLIS * 2L);
        running.set(false);
        thread.join(5000);
    }
}
