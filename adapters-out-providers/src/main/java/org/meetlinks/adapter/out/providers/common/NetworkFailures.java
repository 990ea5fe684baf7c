package org.meetlinks.adapter.out.providers.common;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;

/** Tells failures that surely happened before a request was sent from those whose outcome is unknown. */
public final class NetworkFailures {
    private NetworkFailures() {}

    /** True when the connection was never made (refused, unknown host, connect timeout): a retry cannot duplicate. */
    public static boolean neverConnected(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException
                    || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException) {
                return true;
            }
            String name = t.getClass().getSimpleName();
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (name.equals("ConnectTimeoutException")
                    || name.equals("HttpHostConnectException")
                    || (t instanceof SocketTimeoutException && message.contains("connect"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** A short description for messages and logs (never contains request data). */
    public static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
