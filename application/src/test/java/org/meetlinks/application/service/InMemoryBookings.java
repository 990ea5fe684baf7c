package org.meetlinks.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.meetlinks.application.port.out.ConcurrentUpdateException;
import org.meetlinks.application.port.out.LoadMeetingLinkPort;
import org.meetlinks.application.port.out.LoadMentorPreferencePort;
import org.meetlinks.application.port.out.LoadProviderConnectionsPort;
import org.meetlinks.application.port.out.LoadSessionPort;
import org.meetlinks.application.port.out.LoadUpcomingProviderLinksPort;
import org.meetlinks.application.port.out.Notification;
import org.meetlinks.application.port.out.QueueNotificationPort;
import org.meetlinks.application.port.out.RecordBookingEventPort;
import org.meetlinks.application.port.out.RunTransactionPort;
import org.meetlinks.application.port.out.SaveConnectionStatusPort;
import org.meetlinks.application.port.out.SaveMeetingLinkPort;
import org.meetlinks.application.port.out.SaveSessionPort;
import org.meetlinks.domain.JoinToken;
import org.meetlinks.domain.LinkStatus;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.MentorPreference;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.ProviderConnection;
import org.meetlinks.domain.SessionId;
import org.meetlinks.domain.SessionState;

/**
 * An in-memory stand-in for the database behind every storage port: copies on load and save like a
 * real store, versions links for optimistic locking, and makes each transaction atomic with one lock.
 */
final class InMemoryBookings implements LoadSessionPort, SaveSessionPort, LoadMeetingLinkPort, SaveMeetingLinkPort,
        RecordBookingEventPort, QueueNotificationPort, RunTransactionPort, LoadMentorPreferencePort,
        LoadProviderConnectionsPort, SaveConnectionStatusPort, LoadUpcomingProviderLinksPort {

    private final Map<SessionId, MentoringSession> sessions = new HashMap<>();
    private final Map<SessionId, MeetingLink.Snapshot> links = new HashMap<>();
    private final Set<String> events = new HashSet<>();
    private final Map<String, Notification> outbox = new java.util.LinkedHashMap<>();
    private final Map<MentorId, MentorPreference> preferences = new HashMap<>();
    private final Map<MentorId, List<ProviderConnection>> connections = new HashMap<>();

    LinkStore store() {
        return new LinkStore(this, this, this, this);
    }

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    @Override
    public synchronized Optional<MentoringSession> loadSession(SessionId sessionId) {
        MentoringSession s = sessions.get(sessionId);
        return Optional.ofNullable(s).map(x -> MentoringSession.restore(x.id(), x.mentor(), x.mentee(), x.topic(),
                x.startsAt(), x.endsAt(), x.timeZone(), x.sequence(), x.state()));
    }

    @Override
    public synchronized boolean insertSessionIfAbsent(MentoringSession session) {
        return sessions.putIfAbsent(session.id(), session) == null;
    }

    @Override
    public synchronized void updateSession(MentoringSession session) {
        sessions.put(session.id(), session);
    }

    @Override
    public synchronized Optional<MeetingLink> loadLinkForSession(SessionId sessionId) {
        return Optional.ofNullable(links.get(sessionId)).map(MeetingLink::restore);
    }

    @Override
    public synchronized Optional<MeetingLink> loadLinkByJoinToken(JoinToken joinToken) {
        return links.values().stream().filter(s -> s.joinToken().equals(joinToken)).findFirst().map(MeetingLink::restore);
    }

    @Override
    public synchronized List<SessionId> findSessionsDueForGeneration(Instant now, Instant unclaimedBefore, int limit) {
        List<SessionId> due = new ArrayList<>();
        for (MeetingLink.Snapshot s : links.values()) {
            boolean leaseOver = s.leaseUntil().map(l -> !l.isAfter(now)).orElse(true);
            boolean pendingStale = s.status() == LinkStatus.PENDING
                    && s.leaseUntil().map(l -> !l.isAfter(now)).orElse(s.createdAt().isBefore(unclaimedBefore)
                    || s.nextAttemptAt().map(n -> !n.isAfter(now)).orElse(false));
            boolean waitingDue = s.status() == LinkStatus.AWAITING_MANUAL_LINK && leaseOver
                    && s.nextAttemptAt().map(n -> !n.isAfter(now)).orElse(false);
            if ((pendingStale || waitingDue) && due.size() < limit) {
                due.add(s.sessionId());
            }
        }
        return due;
    }

    @Override
    public synchronized List<MeetingLink> loadUpcomingProviderLinks(MentorId mentorId, Platform platform, Instant now) {
        List<MeetingLink> made = new ArrayList<>();
        for (MeetingLink.Snapshot s : links.values()) {
            MentoringSession session = sessions.get(s.sessionId());
            boolean mine = session != null && session.mentor().id().equals(mentorId)
                    && session.state() == SessionState.CONFIRMED && session.endsAt().isAfter(now);
            boolean onPlatform = s.status() == LinkStatus.ACTIVE && s.externalMeetingId().isPresent()
                    && s.url().map(u -> u.platform() == platform).orElse(false);
            if (mine && onPlatform) {
                made.add(MeetingLink.restore(s));
            }
        }
        return made;
    }

    @Override
    public synchronized boolean insertLinkIfAbsent(MeetingLink link) {
        return links.putIfAbsent(link.sessionId(), link.snapshot()) == null;
    }

    @Override
    public synchronized void updateLink(MeetingLink link) {
        MeetingLink.Snapshot stored = links.get(link.sessionId());
        if (stored.version() != link.version()) {
            throw new ConcurrentUpdateException("link of " + link.sessionId() + " changed");
        }
        MeetingLink.Snapshot s = link.snapshot();
        links.put(link.sessionId(), new MeetingLink.Snapshot(s.id(), s.sessionId(), s.joinToken(), s.status(), s.url(),
                s.creatorId(), s.externalMeetingId(), s.failureReason(), s.attempts(), s.leaseUntil(),
                s.nextAttemptAt(), s.createdAt(), s.updatedAt(), s.version() + 1));
    }

    @Override
    public synchronized boolean recordIfNew(String eventId, SessionId sessionId, String eventType) {
        return events.add(eventId);
    }

    @Override
    public synchronized void queue(Notification notification) {
        outbox.putIfAbsent(notification.dedupeKey(), notification);
    }

    @Override
    public synchronized Optional<MentorPreference> loadPreference(MentorId mentorId) {
        return Optional.ofNullable(preferences.get(mentorId));
    }

    @Override
    public synchronized List<ProviderConnection> loadConnections(MentorId mentorId) {
        return List.copyOf(connections.getOrDefault(mentorId, List.of()));
    }

    @Override
    public synchronized void saveConnectionStatus(ProviderConnection connection) {
        // connections are held by reference here; the status change is already visible
    }

    synchronized void connect(ProviderConnection connection) {
        connections.computeIfAbsent(connection.mentorId(), k -> new ArrayList<>()).add(connection);
    }

    synchronized void prefer(MentorPreference preference) {
        preferences.put(preference.mentorId(), preference);
    }

    synchronized List<Notification> notifications() {
        return List.copyOf(outbox.values());
    }

    synchronized MeetingLink link(SessionId sessionId) {
        return MeetingLink.restore(links.get(sessionId));
    }
}
