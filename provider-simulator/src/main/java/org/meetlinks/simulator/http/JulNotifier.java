package org.meetlinks.simulator.http;

import com.github.tomakehurst.wiremock.common.Notifier;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Sends WireMock's own notifications to java.util.logging. */
public final class JulNotifier implements Notifier {

    private static final Logger LOG = Logger.getLogger("org.meetlinks.simulator.wiremock");

    @Override
    public void info(String message) {
        LOG.fine(message);
    }

    @Override
    public void error(String message) {
        LOG.severe(message);
    }

    @Override
    public void error(String message, Throwable t) {
        LOG.log(Level.SEVERE, message, t);
    }
}
