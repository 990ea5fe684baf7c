package org.meetlinks.devstack;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.meetlinks.simulator.ProviderSimulator;

/**
 * Runs everything meetlinks needs around it on one machine: embedded PostgreSQL (data under the
 * given directory), an SMTP mail sink with a page listing what was sent, the provider simulator and,
 * with {@code --broker-port}, an ActiveMQ Artemis broker for booking events. Stops them all on Ctrl-C / SIGTERM.
 */
public final class DevStack {
    private static final System.Logger LOG = System.getLogger(DevStack.class.getName());

    private DevStack() {}

    public static void main(String[] args) throws Exception {
        DevStackOptions options = DevStackOptions.parse(args);
        List<AutoCloseable> started = new ArrayList<>();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            stopAll(started);
                            stopped.countDown();
                        },
                        "dev-stack-shutdown"));
        try {
            started.add(EmbeddedDatabase.start(options.pgPort(), Path.of(options.pgDir()), options.fresh()));
            started.add(MailSink.start(options.smtpPort(), options.mailWebPort()));
            ProviderSimulator simulator = ProviderSimulator.start(options.simPort(), "127.0.0.1");
            started.add(simulator);
            if (!options.zoomWebhookUrl().isEmpty()) {
                simulator.configureZoomWebhook(options.zoomWebhookUrl(), options.zoomWebhookSecret());
            }
            if (options.brokerPort().isPresent()) {
                if (options.fresh()) {
                    Directories.deleteRecursively(options.brokerDir());
                }
                started.add(EmbeddedBroker.start(
                        options.brokerPort().getAsInt(), options.brokerDir(), options.brokerMaxDeliveries()));
            }
        } catch (Exception e) {
            stopAll(started);
            throw e;
        }
        LOG.log(
                Level.INFO,
                () -> "dev-stack ready: PostgreSQL on " + options.pgPort() + ", SMTP on " + options.smtpPort()
                        + ", sent mail at http://localhost:" + options.mailWebPort()
                        + "/, provider simulator at http://localhost:"
                        + options.simPort() + "/__sim/meetings"
                        + (options.brokerPort().isPresent()
                                ? ", Artemis broker at tcp://127.0.0.1:"
                                        + options.brokerPort().getAsInt()
                                : ""));
        stopped.await();
    }

    private static void stopAll(List<AutoCloseable> started) {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Could not stop " + started.get(i) + ": " + e);
            }
        }
        started.clear();
    }
}
