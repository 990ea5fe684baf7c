package org.meetlinks.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * Watches the database for the run's links and notes, per session, when its link row (the join URL) was first seen,
 * when it first had a real link (ACTIVE), and when the mentor was first asked for one (AWAITING_MANUAL_LINK). It polls every {@value #POLL_MILLIS} ms, so a time it
 * reports is at most that much late: "stored and readable", seen from outside the server.
 */
final class LinkWatcher implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LinkWatcher.class.getName());
    static final int POLL_MILLIS = 20;
    static final long NOT_SEEN = Long.MIN_VALUE;

    private final String jdbcUrl;
    private final String prefix;
    private final long[] linkedNanos;
    private final long[] placeholderNanos;
    private final long[] storedNanos;
    private final AtomicInteger linked = new AtomicInteger();
    private final AtomicInteger placeholders = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicInteger pollFailures = new AtomicInteger();
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
        this.thread = new Thread(this::run, "link-watcher");
        thread.setDaemon(true);
        thread.start();
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

    /** When the session's link row (its join URL) was first seen, in any status. */
    long storedAt(int i) {
        return storedNanos[i];
    }

    private void run() {
        Instant since = Instant.now().minus(Duration.ofMinutes(1));
        while (running.get()) {
            try (Connection c = DriverManager.getConnection(jdbcUrl, "meetlinks", "meetlinks");
                 PreparedStatement poll = c.prepareStatement("""
                         select session_id, status, updated_at from meeting_link
                         where updated_at > ? and session_id like ?""")) {
                while (running.get()) {
                    // Rows become visible at commit, a little after their updated_at: look 10 s back.
                    since = poll(poll, since).minus(Duration.ofSeconds(10));
                    Thread.sleep(POLL_MILLIS);
                }
            } catch (SQLException e) {
                pollFailures.incrementAndGet();
                LOG.fine(() -> "Polling links failed (database restarting?): " + e.getMessage());
                pause();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** @return the newest updated_at seen, or {@code since} if nothing */
    private Instant poll(PreparedStatement poll, Instant since) throws SQLException {
        long now = System.nanoTime();
        Instant newest = since.plus(Duration.ofSeconds(10));
        poll.setTimestamp(1, Timestamp.from(since));
        poll.setString(2, prefix + "%");
        try (ResultSet rows = poll.executeQuery()) {
            while (rows.next()) {
                int i = Integer.parseInt(rows.getString(1).substring(prefix.length()));
                String status = rows.getString(2);
                boolean active = status.equals("ACTIVE");
                if (storedNanos[i] == NOT_SEEN) {
                    storedNanos[i] = now;
                }
                if (active && linkedNanos[i] == NOT_SEEN) {
                    linkedNanos[i] = now;
                    linked.incrementAndGet();
                } else if (status.equals("AWAITING_MANUAL_LINK") && placeholderNanos[i] == NOT_SEEN) {
                    placeholderNanos[i] = now;
                    placeholders.incrementAndGet();
                }
                Instant updated = rows.getTimestamp(3).toInstant();
                if (updated.isAfter(newest)) {
                    newest = updated;
                }
            }
        }
        return newest;
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join(5000);
    }
}
