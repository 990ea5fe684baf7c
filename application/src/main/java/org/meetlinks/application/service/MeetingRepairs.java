package org.meetlinks.application.service;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.meetlinks.application.port.out.ExistingMeeting;
import org.meetlinks.application.port.out.LoadProviderConnectionsPort;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingRequest;
import org.meetlinks.application.port.out.NotificationKind;
import org.meetlinks.application.port.out.QueueNotificationPort;
import org.meetlinks.application.port.out.RunTransactionPort;
import org.meetlinks.application.port.out.SaveConnectionStatusPort;
import org.meetlinks.application.port.out.UpdateMeetingPort;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.ProviderConnection;

/**
 * Repairs a session's provider meeting after its owner changed it at the provider: a deleted meeting is made anew
 * (the link goes back to generation keeping its join token; mentor and mentee are told once, keyed by the lost
 * meeting), a moved one is put back to the booked time, and a refused grant marks the connection for a reconnect
 * with one prompt to the mentor.
 */
final class MeetingRepairs {
    private static final System.Logger LOG = System.getLogger(MeetingRepairs.class.getName());
    /** Moving a meeting back is not on the 5-second path; it gets this long. */
    static final Duration CHANGE_BUDGET = Duration.ofSeconds(15);

    private final LinkStore store;
    private final LoadProviderConnectionsPort connections;
    private final ConnectionOutcomes connectionOutcomes;
    private final QueueNotificationPort outbox;
    private final UpdateMeetingPort updates;
    private final LinkGenerationQueue generation;
    private final RunTransactionPort transactions;
    private final LinkSettings links;
    private final Clock clock;

    MeetingRepairs(
            LinkStore store,
            LoadProviderConnectionsPort connections,
            SaveConnectionStatusPort connectionStatus,
            QueueNotificationPort outbox,
            UpdateMeetingPort updates,
            LinkGenerationQueue generation,
            RunTransactionPort transactions,
            LinkSettings links,
            Clock clock) {
        this.links = links;
        this.store = store;
        this.connections = connections;
        this.connectionOutcomes = new ConnectionOutcomes(connections, connectionStatus, outbox, transactions, clock);
        this.outbox = outbox;
        this.updates = updates;
        this.generation = generation;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The meeting {@code lostMeetingId} no longer exists at its provider: unless the link moved on meanwhile, it
     * goes back to generation (the same join URL, a new meeting) and both people are told once.
     *
     * @return true when the session gets a new meeting
     */
    boolean recreate(MentoringSession session, String lostMeetingId, String why) {
        boolean returned = ConcurrentRetries.retried(() -> transactions.inTransaction(() -> {
            MeetingLink link = store.links().loadLinkForSession(session.id()).orElseThrow();
            if (!link.providerMeeting()
                    .map(m -> m.externalMeetingId().equals(lostMeetingId))
                    .orElse(false)) {
                return false;
            }
            link.returnToGeneration(clock.instant());
            store.saveLinks().updateLink(link);
            outbox.queueAll(
                    SessionNotifications.toBoth(NotificationKind.LINK_UPDATED, session, "lost:" + lostMeetingId));
            return true;
        }));
        if (returned) {
            LOG.log(Level.INFO, "Session {0}: {1}; a new meeting is being made (same join URL)", session.id(), why);
            generation.offer(session.id());
        }
        return returned;
    }

    /**
     * Puts the meeting back to the booked time and topic.
     *
     * @throws MeetingProviderException when the provider refused or failed
     */
    void moveBack(MentoringSession session, Platform platform, String meetingId) {
        ExistingMeeting meeting =
                new ExistingMeeting(platform, meetingId, session.mentor().id());
        String joinUrl = store.links()
                .loadLinkForSession(session.id())
                .map(link -> links.joinUrl(link.joinToken().value()))
                .orElseThrow();
        updates.updateMeeting(
                meeting,
                MeetingRequest.of(platform, session, joinUrl, clock.instant().plus(CHANGE_BUDGET), false));
        LOG.log(
                Level.INFO,
                "Session {0}: the {1} meeting {2} had been moved at the provider; put back to {3}",
                session.id(),
                platform,
                meetingId,
                session.startsAt());
    }

    /** The mentor's connection on {@code platform} as it is before a provider call (to judge a refusal by). */
    Optional<ProviderConnection> connectionBefore(MentoringSession session, Platform platform) {
        return connections.loadConnections(session.mentor().id()).stream()
                .filter(c -> c.platform() == platform)
                .findFirst();
    }

    /**
     * The provider refused the grant {@code used}: the connection needs a reconnect and the mentor is told once; a
     * grant a reconnect replaced meanwhile stays connected.
     */
    void grantRefused(MentoringSession session, ProviderConnection used) {
        connectionOutcomes.grantRefusedAtCheck(session, used);
    }
}
