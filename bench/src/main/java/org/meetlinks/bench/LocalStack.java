package org.meetlinks.bench;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.meetlinks.devstack.EmbeddedBroker;
import org.meetlinks.devstack.EmbeddedDatabase;
import org.meetlinks.devstack.MailSink;
import org.meetlinks.simulator.ProviderSimulator;

/**
 * What runs around the server during a benchmark, on loopback: PostgreSQL (fresh), the mail sink, the provider
 * simulator and an Artemis broker (the booking system's external JMS broker). The database can be restarted.
 */
final class LocalStack implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(LocalStack.class.getName());
    /** A delivery the server keeps failing (e.g. while the database is down) is retried this often. */
    static final int MAX_DELIVERIES = 10;

    private final BenchOptions.Ports ports;
    private final Path dataDir;
    private final Deque<AutoCloseable> others = new ArrayDeque<>();
    private EmbeddedDatabase database;
    private EmbeddedBroker broker;

    private LocalStack(BenchOptions.Ports ports, Path dataDir) {
        this.ports = ports;
        this.dataDir = dataDir;
    }

    static LocalStack start(BenchOptions.Ports ports, Path workDir) throws Exception {
        LocalStack stack = new LocalStack(ports, workDir.resolve("pgdata"));
        try {
            stack.database = EmbeddedDatabase.start(ports.postgres(), stack.dataDir, true);
            stack.others.push(MailSink.start(ports.smtp(), ports.mailWeb()));
            stack.others.push(ProviderSimulator.start(ports.simulator(), "127.0.0.1"));
            stack.broker = EmbeddedBroker.start(ports.broker(), workDir.resolve("broker"), MAX_DELIVERIES);
            stack.others.push(stack.broker);
        } catch (Exception e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    String brokerUrl() {
        return "tcp://127.0.0.1:" + ports.broker();
    }

    /** Booking events the broker gave up on (moved to the dead-letter queue after too many deliveries). */
    long deadLetters() {
        return broker.messageCount(EmbeddedBroker.DEAD_LETTERS);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + ports.postgres() + "/meetlinks";
    }

    String simulatorUrl() {
        return "http://127.0.0.1:" + ports.simulator();
    }

    /** Stops PostgreSQL (fast shutdown: open transactions abort), waits, and starts it again on the same data. */
    void restartDatabase(Duration down) throws Exception {
        LOG.log(Level.INFO, "Stopping PostgreSQL for " + down.toSeconds() + " s");
        database.close();
        database = null;
        Thread.sleep(down.toMillis());
        database = EmbeddedDatabase.start(ports.postgres(), dataDir, false);
        LOG.log(Level.INFO, "PostgreSQL is back");
    }

    @Override
    public void close() throws Exception {
        Exception first = null;
        while (!others.isEmpty()) {
            first = closeQuietly(others.pop(), first);
        }
        if (database != null) {
            first = closeQuietly(database, first);
        }
        if (first != null) {
            throw first;
        }
    }

    private static Exception closeQuietly(AutoCloseable resource, Exception first) {
        try {
            resource.close();
            return first;
        } catch (Exception e) {
            if (first != null) {
                first.addSuppressed(e);
                return first;
            }
            return e;
        }
    }
}
