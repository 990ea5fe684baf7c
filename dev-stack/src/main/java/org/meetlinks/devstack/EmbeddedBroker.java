package org.meetlinks.devstack;

import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * An ActiveMQ Artemis broker in this JVM, as an external broker for Liberty (config/liberty/jms-artemis.xml): TCP on
 * 127.0.0.1, a persistent journal (messages outlive a killed server), security off, the anycast queues BookingEvents
 * and BookingEvents.DLQ and no others (a client naming any other queue fails instead of getting an auto-created one),
 * and the broker-side redelivery policy of BookingEvents (delays 1 s doubling up to 10 s, then the dead-letter queue).
 */
public final class EmbeddedBroker implements AutoCloseable {
    public static final String BOOKING_EVENTS = "BookingEvents";
    public static final String DEAD_LETTERS = "BookingEvents.DLQ";

    private static final System.Logger LOG = System.getLogger(EmbeddedBroker.class.getName());
    private static final String HOST = "127.0.0.1";

    private final EmbeddedActiveMQ broker;
    private final int port;

    private EmbeddedBroker(EmbeddedActiveMQ broker, int port) {
        this.broker = broker;
        this.port = port;
    }

    /** Starts the broker; its journal, bindings and paging files go under dataDir (kept between runs). */
    public static EmbeddedBroker start(int port, Path dataDir, int maxDeliveryAttempts) throws Exception {
        if (maxDeliveryAttempts < 1) {
            throw new IllegalArgumentException("maxDeliveryAttempts must be at least 1, was " + maxDeliveryAttempts);
        }
        Path data = dataDir.toAbsolutePath();
        Files.createDirectories(data);
        boolean existing = Files.exists(data.resolve("journal"));
        EmbeddedActiveMQ broker =
                new EmbeddedActiveMQ().setConfiguration(configuration(port, data, maxDeliveryAttempts));
        broker.start();
        LOG.log(
                Level.INFO,
                () -> "Artemis broker listening on tcp://" + HOST + ":" + port + " with data in " + data
                        + (existing ? " (kept from last run)" : " (new)") + "; " + BOOKING_EVENTS + " goes to "
                        + DEAD_LETTERS
                        + " after " + maxDeliveryAttempts + " deliveries");
        return new EmbeddedBroker(broker, port);
    }

    private static Configuration configuration(int port, Path data, int maxDeliveryAttempts) throws Exception {
        AddressSettings everyAddress =
                new AddressSettings().setAutoCreateAddresses(false).setAutoCreateQueues(false);
        AddressSettings bookingEvents = new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(DEAD_LETTERS))
                .setMaxDeliveryAttempts(maxDeliveryAttempts)
                .setRedeliveryDelay(1_000)
                .setRedeliveryMultiplier(2)
                .setMaxRedeliveryDelay(10_000);
        return new ConfigurationImpl()
                .setName("meetlinks-dev-broker")
                .setPersistenceEnabled(true)
                // Plain Java file I/O: no native libaio needed on any machine.
                .setJournalType(JournalType.NIO)
                .setJournalDirectory(data.resolve("journal").toString())
                .setBindingsDirectory(data.resolve("bindings").toString())
                .setPagingDirectory(data.resolve("paging").toString())
                .setLargeMessagesDirectory(data.resolve("large-messages").toString())
                .setNodeManagerLockDirectory(data.toString())
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                // A nearly full dev disk must not silently block producers (Artemis' default stops at 90 %).
                .setMaxDiskUsage(-1)
                .addAcceptorConfiguration("tcp", "tcp://" + HOST + ":" + port)
                .addAddressSetting("#", everyAddress)
                .addAddressSetting(BOOKING_EVENTS, bookingEvents)
                .addQueueConfiguration(anycastQueue(BOOKING_EVENTS))
                .addQueueConfiguration(anycastQueue(DEAD_LETTERS));
    }

    private static QueueConfiguration anycastQueue(String name) {
        return QueueConfiguration.of(name)
                .setAddress(name)
                .setRoutingType(RoutingType.ANYCAST)
                .setDurable(true);
    }

    /** The client URL of this broker, e.g. for jms.broker.url. */
    public String url() {
        return "tcp://" + HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    /** Messages waiting in (or being delivered from) the named queue; fails for a queue the broker does not have. */
    public long messageCount(String queueName) {
        Queue queue = broker.getActiveMQServer().locateQueue(queueName);
        if (queue == null) {
            throw new IllegalArgumentException("the broker has no queue " + queueName);
        }
        return queue.getMessageCount();
    }

    @Override
    public void close() throws Exception {
        broker.stop();
    }

    @Override
    public String toString() {
        return "Artemis broker on " + url();
    }
}
