package org.meetlinks.application.service;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.meetlinks.application.port.in.GenerateMeetingLinkUseCase;
import org.meetlinks.application.port.in.RetryPendingLinksUseCase;
import org.meetlinks.application.port.out.ConcurrentUpdateException;
import org.meetlinks.application.port.out.CreateMeetingPort;
import org.meetlinks.application.port.out.CreatedMeeting;
import org.meetlinks.application.port.out.DeleteMeetingPort;
import org.meetlinks.application.port.out.ExistingMeeting;
import org.meetlinks.application.port.out.LoadMentorPreferencePort;
import org.meetlinks.application.port.out.LoadProviderConnectionsPort;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingRequest;
import org.meetlinks.application.port.out.Notification;
import org.meetlinks.application.port.out.NotificationKind;
import org.meetlinks.application.port.out.QueueNotificationPort;
import org.meetlinks.application.port.out.RunTransactionPort;
import org.meetlinks.application.port.out.SaveConnectionStatusPort;
import org.meetlinks.domain.LinkStatus;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.PlatformChoice;
import org.meetlinks.domain.PlatformChoicePolicy;
import org.meetlinks.domain.ProviderConnection;
import org.meetlinks.domain.SessionId;
import org.meetlinks.domain.SessionState;

/**
 * Makes a session's provider meeting: claims the link, calls the provider outside any transaction,
 * and records the result (a real link, or a placeholder that waits for the mentor and a retry).
 */
public final class MeetingLinkGenerator implements GenerateMeetingLinkUseCase, RetryPendingLinksUseCase {
    private static final System.Logger LOG = System.getLogger(MeetingLinkGenerator.class.getName());
    private static final int SWEEP_BATCH = 50;
    private static final int STORE_TRIES = 3;

    private final LinkStore store;
    private final LoadMentorPreferencePort preferences;
    private final LoadProviderConnectionsPort connections;
    private final SaveConnectionStatusPort connectionStatus;
    private final CreateMeetingPort createMeeting;
    private final DeleteMeetingPort deleteMeeting;
    private final QueueNotificationPort outbox;
    private final RunTransactionPort transactions;
    private final PlatformChoicePolicy policy;
    private final LinkSettings settings;
    private final GenerationObserver observer;
    private final Clock clock;

    public MeetingLinkGenerator(LinkStore store, LoadMentorPreferencePort preferences,
                                LoadProviderConnectionsPort connections, SaveConnectionStatusPort connectionStatus,
                                CreateMeetingPort createMeeting, DeleteMeetingPort deleteMeeting,
                                QueueNotificationPort outbox, RunTransactionPort transactions,
                                PlatformChoicePolicy policy, LinkSettings settings, GenerationObserver observer,
                                Clock clock) {
        this.store = store;
        this.preferences = preferences;
        this.connections = connections;
        this.connectionStatus = connectionStatus;
        this.createMeeting = createMeeting;
        this.deleteMeeting = deleteMeeting;
        this.outbox = outbox;
        this.transactions = transactions;
        this.policy = policy;
        this.settings = settings;
        this.observer = observer;
        this.clock = clock;
    }

    @Override
    public void generate(SessionId sessionId) {
        Optional<Claim> claimed;
        try {
            claimed = transactions.inTransaction(() -> claim(sessionId));
        } catch (ConcurrentUpdateException e) {
            LOG.log(Level.DEBUG, "Another attempt claimed the link of session {0} first", sessionId);
            return;
        }
        claimed.ifPresent(claim -> makeMeeting(claim.session(), claim.choice()));
    }

    /** A claimed link's session, and the platform chosen from the mentor's preference and connections then. */
    private record Claim(MentoringSession session, PlatformChoice choice) {
    }

    @Override
    public int retryDueLinks() {
        Instant now = clock.instant();
        List<SessionId> due = store.links().findSessionsDueForGeneration(now, now.minus(settings.generationLease()),
                SWEEP_BATCH);
        for (SessionId sessionId : due) {
            try {
                generate(sessionId);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "Retrying the link of session " + sessionId + " failed; the next sweep tries again", e);
            }
        }
        return due.size();
    }

    /** One short transaction: claim the link, and read what decides the platform. */
    private Optional<Claim> claim(SessionId sessionId) {
        Optional<MentoringSession> session = store.sessions().loadSession(sessionId)
                .filter(s -> s.state() == SessionState.CONFIRMED);
        Optional<MeetingLink> link = store.links().loadLinkForSession(sessionId);
        if (session.isEmpty() || link.isEmpty()
                || !link.get().claimGeneration(clock.instant(), settings.generationLease())) {
            return Optional.empty();
        }
        store.saveLinks().updateLink(link.get());
        MentorId mentor = session.get().mentor().id();
        return Optional.of(new Claim(session.get(),
                policy.choose(preferences.loadPreference(mentor), connections.loadConnections(mentor))));
    }

    private void makeMeeting(MentoringSession session, PlatformChoice choice) {
        if (choice instanceof PlatformChoice.MentorAccount account) {
            callProvider(session, account.platform(), false);
        } else if (choice instanceof PlatformChoice.SystemAccount system) {
            callProvider(session, system.platform(), true);
        } else if (choice instanceof PlatformChoice.ManualLinkNeeded manual) {
            recordWaiting(session, manual.reason(), Optional.empty(), Optional.empty());
        }
    }

    private void callProvider(MentoringSession session, Platform platform, boolean systemAccount) {
        Instant started = clock.instant();
        CreatedMeeting meeting;
        try {
            meeting = createMeeting.createMeeting(MeetingRequest.of(platform, systemAccount, session));
        } catch (MeetingProviderException e) {
            LOG.log(Level.WARNING, "No {0} meeting for session {1} ({2}): {3}", platform, session.id(), e.kind(),
                    e.getMessage());
            observer.failed(platform, e.kind());
            handleFailure(session, systemAccount, e);
            return;
        }
        Duration providerTime = Duration.between(started, clock.instant());
        Optional<Duration> timeToLink = storeMeeting(session.id(), meeting);
        if (timeToLink.isPresent()) {
            observer.linked(platform, providerTime, timeToLink.get());
        } else if (!isStored(session.id(), meeting)) {
            deleteOrphan(session, platform, meeting);
        }
    }

    /** @return how long the session waited for this link since it was confirmed; empty when not stored */
    private Optional<Duration> storeMeeting(SessionId sessionId, CreatedMeeting meeting) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.inTransaction(() -> activate(sessionId, meeting));
            } catch (ConcurrentUpdateException e) {
                if (attempt == STORE_TRIES) {
                    throw e;
                }
            }
        }
    }

    /** An idempotent provider (Google) hands a retry the meeting already stored: that one is no orphan. */
    private boolean isStored(SessionId sessionId, CreatedMeeting meeting) {
        return store.links().loadLinkForSession(sessionId).flatMap(MeetingLink::externalMeetingId)
                .filter(meeting.externalMeetingId()::equals).isPresent();
    }

    private Optional<Duration> activate(SessionId sessionId, CreatedMeeting meeting) {
        MeetingLink link = store.links().loadLinkForSession(sessionId).orElseThrow();
        if (link.status() != LinkStatus.PENDING && link.status() != LinkStatus.AWAITING_MANUAL_LINK) {
            return Optional.empty();
        }
        boolean wasWaiting = link.status() == LinkStatus.AWAITING_MANUAL_LINK;
        Instant now = clock.instant();
        link.activate(meeting.url(), meeting.creatorId(), meeting.externalMeetingId(), now);
        store.saveLinks().updateLink(link);
        if (wasWaiting) {
            MentoringSession session = store.sessions().loadSession(sessionId).orElseThrow();
            SessionNotifications.toBoth(NotificationKind.LINK_UPDATED, session, "provider:" + meeting.externalMeetingId())
                    .forEach(outbox::queue);
        }
        return Optional.of(Duration.between(link.createdAt(), now));
    }

    private void handleFailure(MentoringSession session, boolean systemAccount, MeetingProviderException e) {
        Instant now = clock.instant();
        switch (e.kind()) {
            case AUTH -> transactions.inTransaction(() -> {
                Optional<Notification> prompt = systemAccount ? Optional.empty() : markNeedsReconnect(session, e, now);
                recordWaitingNow(session, reconnectReason(e.platform()), Optional.empty(), prompt);
                return null;
            });
            case TRANSIENT, RATE_LIMITED -> transactions.inTransaction(() -> {
                int attempts = store.links().loadLinkForSession(session.id()).map(MeetingLink::attempts).orElse(1);
                Duration delay = settings.retryDelay(attempts);
                Duration wait = e.retryAfter().filter(r -> r.compareTo(delay) > 0).orElse(delay);
                Instant retryAt = now.plus(wait);
                Optional<Instant> retry = retryAt.isBefore(session.startsAt()) ? Optional.of(retryAt) : Optional.empty();
                recordWaitingNow(session, providerReason(e), retry, Optional.empty());
                return null;
            });
            case MEETINGS_TURNED_OFF -> chooseAnotherPlatform(session, e);
            case PERMANENT -> recordWaiting(session, providerReason(e), Optional.empty(), Optional.empty());
        }
    }

    /**
     * The account's admin turned its video meetings off: the connection records it (the mentor is told once) and
     * the same claim goes on with the platform the policy picks now, which skips that account.
     */
    private void chooseAnotherPlatform(MentoringSession session, MeetingProviderException e) {
        PlatformChoice next = transactions.inTransaction(() -> {
            MentorId mentor = session.mentor().id();
            List<ProviderConnection> known = connections.loadConnections(mentor);
            known.stream().filter(c -> c.platform() == e.platform()).findFirst()
                    .filter(c -> c.markMeetingsTurnedOff(clock.instant()))
                    .ifPresent(c -> {
                        connectionStatus.saveConnectionStatus(c);
                        outbox.queue(SessionNotifications.meetingsTurnedOff(session, e.platform(),
                                SessionNotifications.utcDay(clock.instant())));
                    });
            return policy.choose(preferences.loadPreference(mentor), known);
        });
        boolean samePlatformAgain = next instanceof PlatformChoice.MentorAccount account
                && account.platform() == e.platform()
                || next instanceof PlatformChoice.SystemAccount system && system.platform() == e.platform();
        if (samePlatformAgain) {
            recordWaiting(session, providerReason(e), Optional.empty(), Optional.empty());
        } else {
            makeMeeting(session, next);
        }
    }

    private Optional<Notification> markNeedsReconnect(MentoringSession session, MeetingProviderException e,
                                                      Instant now) {
        return connections.loadConnections(session.mentor().id()).stream()
                .filter(c -> c.platform() == e.platform())
                .findFirst()
                .filter(c -> c.markNeedsReconnect(displayName(e.platform())
                        + " no longer accepts meetlinks' access (it expired or was revoked)", now))
                .map(c -> {
                    connectionStatus.saveConnectionStatus(c);
                    return SessionNotifications.reconnect(session, e.platform(), SessionNotifications.utcDay(now));
                });
    }

    private void recordWaiting(MentoringSession session, String reason, Optional<Instant> retryAt,
                               Optional<Notification> extra) {
        transactions.inTransaction(() -> {
            recordWaitingNow(session, reason, retryAt, extra);
            return null;
        });
    }

    private void recordWaitingNow(MentoringSession session, String reason, Optional<Instant> retryAt,
                                  Optional<Notification> extra) {
        MeetingLink link = store.links().loadLinkForSession(session.id()).orElseThrow();
        if (link.status() != LinkStatus.PENDING && link.status() != LinkStatus.AWAITING_MANUAL_LINK) {
            return;
        }
        if (link.awaitManualLink(reason, retryAt, clock.instant())) {
            outbox.queue(SessionNotifications.addLinkManually(session));
        }
        store.saveLinks().updateLink(link);
        extra.ifPresent(outbox::queue);
    }

    private void deleteOrphan(MentoringSession session, Platform platform, CreatedMeeting meeting) {
        ExistingMeeting orphan = new ExistingMeeting(platform, meeting.externalMeetingId(), session.mentor().id());
        try {
            deleteMeeting.deleteMeeting(orphan);
            LOG.log(Level.INFO, "Session {0} got its link elsewhere meanwhile; deleted the extra {1} meeting {2}",
                    session.id(), platform, meeting.externalMeetingId());
        } catch (MeetingProviderException e) {
            LOG.log(Level.WARNING, "Could not delete the extra " + platform + " meeting " + meeting.externalMeetingId()
                    + " of session " + session.id() + "; delete it by hand", e);
        }
    }

    private static String reconnectReason(Platform platform) {
        return "the mentor's " + displayName(platform) + " account must be reconnected";
    }

    private static String providerReason(MeetingProviderException e) {
        return displayName(e.platform()) + " could not create the meeting: " + e.getMessage();
    }

    static String displayName(Platform platform) {
        return switch (platform) {
            case GOOGLE_MEET -> "Google";
            case ZOOM -> "Zoom";
            case MANUAL -> "manual";
        };
    }
}
