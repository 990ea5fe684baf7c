package org.meetlinks.application.service;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import org.meetlinks.application.port.out.LoadProviderConnectionsPort;
import org.meetlinks.application.port.out.QueueNotificationPort;
import org.meetlinks.application.port.out.RunTransactionPort;
import org.meetlinks.application.port.out.SaveConnectionStatusPort;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.ProviderConnection;

/**
 * What a failed attempt means for the mentor's connection, each in one short transaction with the email it causes:
 * a dead grant needs a reconnect, an account whose meetings are turned off is skipped; either marks the connection
 * once and tells the mentor once.
 */
final class ConnectionOutcomes {
    private static final System.Logger LOG = System.getLogger(ConnectionOutcomes.class.getName());

    private final LoadProviderConnectionsPort connections;
    private final SaveConnectionStatusPort connectionStatus;
    private final QueueNotificationPort outbox;
    private final RunTransactionPort transactions;
    private final Clock clock;

    ConnectionOutcomes(
            LoadProviderConnectionsPort connections,
            SaveConnectionStatusPort connectionStatus,
            QueueNotificationPort outbox,
            RunTransactionPort transactions,
            Clock clock) {
        this.connections = connections;
        this.connectionStatus = connectionStatus;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The provider refused the grant the call was made with ({@code used}, read before the call): that connection
     * needs a reconnect, and the mentor is told once. When a reconnect replaced the grant meanwhile, the new grant is
     * left alone.
     */
    void grantRefused(MentoringSession session, ProviderConnection used, String reason) {
        markForReconnect(session, used, "it expired, was revoked or lacks a permission", reason);
    }

    /** The same, found by the check before a session, which read the meeting with {@code used}. */
    void grantRefusedAtCheck(MentoringSession session, ProviderConnection used) {
        markForReconnect(session, used, "found by the check before a session", "the check of session " + session.id());
    }

    /**
     * @param why    the connection's status reason says this in brackets
     * @param detail what the log line adds
     */
    private void markForReconnect(MentoringSession session, ProviderConnection used, String why, String detail) {
        Platform platform = used.platform();
        Instant now = clock.instant();
        transactions.runInTransaction(() -> connections
                .loadConnections(session.mentor().id())
                .stream()
                .filter(c -> c.platform() == platform)
                .findFirst()
                .filter(c -> {
                    boolean same = c.holdsSameGrantAs(used);
                    if (!same) {
                        LOG.log(
                                Level.INFO,
                                "The {0} grant of mentor {1} that was refused has been replaced by "
                                        + "a reconnect; the new one stays connected",
                                platform,
                                session.mentor().id());
                    }
                    return same;
                })
                .filter(c -> c.markNeedsReconnect(
                        platform.accountName() + " no longer accepts meetlinks' access (" + why + ")", now))
                .ifPresent(c -> {
                    connectionStatus.saveConnectionStatus(c);
                    outbox.queue(SessionNotifications.reconnect(session, platform, SessionNotifications.utcDay(now)));
                    LOG.log(
                            Level.INFO,
                            "Mentor {0} must reconnect {1}: {2}",
                            session.mentor().id(),
                            platform,
                            detail);
                }));
    }

    /**
     * The account's admin turned its video meetings off (Google Meet off): the connection records it, so the platform
     * choice skips it, and the mentor is told once.
     */
    void meetingsTurnedOff(MentoringSession session, Platform platform) {
        Instant now = clock.instant();
        transactions.runInTransaction(() -> connections
                .loadConnections(session.mentor().id())
                .stream()
                .filter(c -> c.platform() == platform)
                .findFirst()
                .filter(c -> c.markMeetingsTurnedOff(now))
                .ifPresent(c -> {
                    connectionStatus.saveConnectionStatus(c);
                    outbox.queue(SessionNotifications.meetingsTurnedOff(
                            session, platform, SessionNotifications.utcDay(now)));
                    LOG.log(
                            Level.INFO,
                            "{0} meetings are turned off for the account of mentor {1}",
                            platform,
                            session.mentor().id());
                }));
    }
}
