package org.meetlinks.simulator;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-account quirks real accounts have: a Google Workspace whose admin turned Google Meet off, a Zoom account whose
 * join links live on another Zoom domain (an organisation's subdomain, ZoomGov).
 */
public final class AccountSettings {

    /** Join links' host of accounts without a setting. */
    public static final String DEFAULT_ZOOM_JOIN_HOST = "us05web.zoom.us";

    /**
     * One account's settings.
     *
     * @param meetTurnedOff   Google: the admin turned Meet off (no hangoutsMeet conferences)
     * @param zoomJoinUrlHost Zoom: the host of the account's join links
     */
    public record Setup(boolean meetTurnedOff, String zoomJoinUrlHost) {
        static final Setup DEFAULT = new Setup(false, DEFAULT_ZOOM_JOIN_HOST);
    }

    private final Map<String, Setup> byAccount = new ConcurrentHashMap<>();

    /** The account's settings (defaults when none were set). */
    public Setup of(String account) {
        return byAccount.getOrDefault(key(account), Setup.DEFAULT);
    }

    /** Changes the given fields of the account's settings; a null leaves a field as it is. */
    public synchronized Setup update(String account, Boolean meetTurnedOff, String zoomJoinUrlHost) {
        if (account == null || !account.contains("@")) {
            throw new IllegalArgumentException("'account' must be an e-mail address");
        }
        if (zoomJoinUrlHost != null && !zoomJoinUrlHost.matches("[a-z0-9.-]+")) {
            throw new IllegalArgumentException("'zoomJoinUrlHost' must be a host name such as agency.zoomgov.com");
        }
        Setup old = of(account);
        Setup next = new Setup(
                meetTurnedOff == null ? old.meetTurnedOff() : meetTurnedOff,
                zoomJoinUrlHost == null ? old.zoomJoinUrlHost() : zoomJoinUrlHost);
        byAccount.put(key(account), next);
        return next;
    }

    /** Every account with settings, by e-mail. */
    public Map<String, Setup> all() {
        return new TreeMap<>(byAccount);
    }

    /** Forgets every setting. */
    public void clear() {
        byAccount.clear();
    }

    private static String key(String account) {
        return account.toLowerCase(Locale.ROOT);
    }
}
