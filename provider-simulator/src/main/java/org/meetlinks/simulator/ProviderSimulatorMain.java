package org.meetlinks.simulator;

import java.lang.System.Logger.Level;
import java.util.concurrent.CountDownLatch;

/**
 * Command line: {@code --port N [--bind ADDRESS] [--no-auto-approve] [--account EMAIL] [--zoom-webhook-url URL
 * --zoom-webhook-secret TOKEN]}; runs until killed.
 */
public final class ProviderSimulatorMain {

    private static final System.Logger LOG = System.getLogger(ProviderSimulatorMain.class.getName());
    private static final int DEFAULT_PORT = 8089;

    private ProviderSimulatorMain() {}

    /** Starts the simulator and blocks until the JVM is told to stop. */
    public static void main(String[] args) throws InterruptedException {
        int port = DEFAULT_PORT;
        String bind = null;
        boolean autoApprove = true;
        String account = null;
        String webhookUrl = null;
        String webhookSecret = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(value(args, ++i, "--port"));
                case "--bind" -> bind = value(args, ++i, "--bind");
                case "--account" -> account = value(args, ++i, "--account");
                case "--no-auto-approve" -> autoApprove = false;
                case "--zoom-webhook-url" -> webhookUrl = value(args, ++i, "--zoom-webhook-url");
                case "--zoom-webhook-secret" -> webhookSecret = value(args, ++i, "--zoom-webhook-secret");
                default ->
                    throw new IllegalArgumentException("unknown argument " + args[i]
                            + "; usage: --port N [--bind ADDRESS] [--no-auto-approve] [--account EMAIL]"
                            + " [--zoom-webhook-url URL --zoom-webhook-secret TOKEN]");
            }
        }
        ProviderSimulator simulator = ProviderSimulator.start(port, bind);
        simulator.configureConsent(autoApprove, account);
        simulator.configureZoomWebhook(webhookUrl, webhookSecret);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                simulator.stop();
                            } catch (RuntimeException e) {
                                LOG.log(Level.WARNING, "Error while stopping the provider simulator", e);
                            } finally {
                                stopped.countDown();
                            }
                        },
                        "provider-simulator-shutdown"));
        // the single startup line scripts wait for
        System.out.println("Provider simulator listening on " + simulator.baseUrl());
        stopped.await();
    }

    private static String value(String[] args, int index, String flag) {
        if (index >= args.length) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return args[index];
    }
}
