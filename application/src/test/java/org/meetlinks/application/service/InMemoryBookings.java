package org.meetlinks.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.meetlinks.application.port.out.ConcurrentUpdateException;
import org.meetlinks.application.port.out.CountBacklogPort;
import org.meetlinks.application.port.out.HoldBookingChangesPort;
import org.meetlinks.application.port.out.LoadMeetingLinkPort;
import org.meetlinks.application.port.out.LoadMentorPreferencePort;
import org.meetlinks.application.port.out.LoadProviderConnectionsPort;
import org.meetlinks.application.port.out.LoadSessionPort;
import org.meetlinks.application.port.out.LoadSessionsWithLinksPort;
import org.meetlinks.application.port.out.LoadUpcomingProviderLinksPort;
import org.meetlinks.application.port.out.LockSessionPort;
import org.meetlinks.application.port.out.Notification;
import org.meetlinks.application.port.out.QueueNotificationPort;
import org.meetlinks.application.port.out.RecordBookingEventPort;
import org.meetlinks.application.port.out.RunTransactionPort;
import org.meetlinks.application.port.out.SaveConnectionStatusPort;
import org.meetlinks.application.port.out.SaveMeetingLinkPort;
import org.meetlinks.application.port.out.SaveSessionPort;
import org.meetlinks.application.port.out.SessionWithLink;
import org.meetlinks.domain.ChangeOrder;
import org.meetlinks.domain.HeldBookingChange;
import org.meetlinks.domain.JoinToken;
import org.meetlinks.domain.LinkStatus;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MeetingLinkSnapshot;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.MentorPreference;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.ProviderConnection;
import org.meetlinks.domain.SessionId;
import org.meetlinks.domain.SessionState;

/**
 * An in-memory stand-in for the database behind every storage port: copies on load and save like a
 * real store, versions links for optimistic locking, and makes each transaction atomic with one lock.
 */
final class InMemoryBookings
        implements LoadSessionPort,
                SaveSessionPort,
                LoadMeetingLinkPort,
                SaveMeetingLinkPort,
                RecordBookingEventPort,
                QueueNotificationPort,
                RunTransactionPort,
                LoadMentorPreferencePort,
                LoadProviderConnectionsPort,
                SaveConnectionStatusPort,
                CountBacklogPort,
                LoadUpcomingProviderLinksPort,
                HoldBookingChangesPort,
                LockSessionPort,
                LoadSessionsWithLinksPort {

    private final Map<SessionId, MentoringSession> sessions = new HashMap<>();
    private final Map<SessionId, MeetingLinkSnapshot> links = new HashMap<>();
    private int linkReads;
    private int transactions;
    private final Set<String> events = new HashSet<>();
    private final Map<String, Notification> outbox = new java.util.LinkedHashMap<>();
    private final Map<MentorId, MentorPreference> preferences = new HashMap<>();
    private final Map<MentorId, List<ProviderConnection>> connections = new HashMap<>();
    private final List<HeldBookingChange> held = new ArrayList<>();
    private final List<SessionId> locked = new ArrayList<>();

    synchronized List<SessionId> locked() {
        return List.copyOf(locked);
    }

    EarlyChanges early() {
        return new EarlyChanges(this, this);
    }

    @Override
    public synchronized void lockSession(SessionId sessionId) {
        locked.add(sessionId);
    }

    @Override
    public synchronized void hold(HeldBookingChange change) {
        held.add(change);
    }

    @Override
    public synchronized List<HeldBookingChange> takeHeld(SessionId sessionId) {
        List<HeldBookingChange> taken =
                held.stream().filter(c -> c.sessionId().equals(sessionId)).toList();
        held.removeAll(taken);
        return taken;
    }

    synchronized List<HeldBookingChange> held() {
        return List.copyOf(held);
    }

    LinkStore store() {
        return new LinkStore(this, this, this, this, this);
    }

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        transactions++;
        return work.get();
    }

    /** How many transactions were run so far. */
    synchronized int transactions() {
        return transactions;
    }

    @Override
    public synchronized Optional<MentoringSession> loadSession(SessionId sessionId) {
        MentoringSession s = sessions.get(sessionId);
        return Optional.ofNullable(s)
                .map(x -> MentoringSession.restore(
                        x.id(),
                        x.mentor(),
                        x.mentee(),
                        x.topic(),
                        x.startsAt(),
                        x.endsAt(),
                        x.timeZone(),
                        x.sequence(),
                        x.state(),
                        x.lastChangeAt().map(ChangeOrder::at).orElse(ChangeOrder.unstated())));
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
    public synchronized List<SessionWithLink> loadSessionsWithLinks(java.util.Collection<SessionId> sessionIds) {
        return sessionIds.stream()
                .distinct()
                .flatMap(id -> loadSession(id)
                        .flatMap(s -> Optional.ofNullable(links.get(id))
                                .map(MeetingLink::restore)
                                .map(l -> SessionWithLink.of(s, l)))
                        .stream())
                .toList();
    }

    @Override
    public synchronized Optional<MeetingLink> loadLinkForSession(SessionId sessionId) {
        linkReads++;
        return Optional.ofNullable(links.get(sessionId)).map(MeetingLink::restore);
    }

    /** How often a link was read by its session (each read is a query in the real store). */
    synchronized int linkReads() {
        return linkReads;
    }

    @Override
    public synchronized Optional<MeetingLink> loadLinkByJoinToken(JoinToken joinToken) {
        return links.values().stream()
                .filter(s -> s.joinToken().equals(joinToken))
                .findFirst()
                .map(MeetingLink::restore);
    }

    @Override
    public synchronized List<SessionId> findSessionsDueForGeneration(Instant now, Instant unclaimedBefore, int limit) {
        List<MeetingLinkSnapshot> due = new ArrayList<>();
        for (MeetingLinkSnapshot s : links.values()) {
            boolean waiting = s.status() == LinkStatus.PENDING || s.status() == LinkStatus.AWAITING_MANUAL_LINK;
            boolean live = live(sessions.get(s.sessionId()), now);
            boolean leaseRanOut = s.leaseUntil().map(l -> !l.isAfter(now)).orElse(false);
            boolean retryDue = s.leaseUntil().isEmpty()
                    && s.nextAttemptAt().map(n -> !n.isAfter(now)).orElse(false);
            boolean neverStarted = s.leaseUntil().isEmpty()
                    && s.attempts() == 0
                    && s.status() == LinkStatus.PENDING
                    && s.createdAt().isBefore(unclaimedBefore);
            if (waiting && live && (leaseRanOut || retryDue || neverStarted)) {
                due.add(s);
            }
        }
        return due.stream()
                .sorted(Comparator.comparing(
                        (MeetingLinkSnapshot s) -> s.nextAttemptAt().orElse(s.createdAt())))
                .limit(limit)
                .map(MeetingLinkSnapshot::sessionId)
                .toList();
    }

    @Override
    public synchronized List<MeetingLink> loadUpcomingProviderLinks(MentorId mentorId, Platform platform, Instant now) {
        List<MeetingLink> made = new ArrayList<>();
        for (MeetingLinkSnapshot s : links.values()) {
            MentoringSession session = sessions.get(s.sessionId());
            boolean mine = session != null
                    && session.mentor().id().equals(mentorId)
                    && session.state() == SessionState.CONFIRMED
                    && session.endsAt().isAfter(now);
            boolean onPlatform = s.status() == LinkStatus.ACTIVE
                    && s.externalMeetingId().isPresent()
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
        MeetingLinkSnapshot stored = links.get(link.sessionId());
        if (stored.version() != link.version()) {
            throw new ConcurrentUpdateException("link of " + link.sessionId() + " changed");
        }
        links.put(link.sessionId(), link.snapshot().withVersion(link.version() + 1));
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

    @Override
    public synchronized long countLinks(LinkStatus status, Instant now) {
        return links.values().stream()
                .filter(l -> l.status() == status)
                .filter(l -> live(sessions.get(l.sessionId()), now))
                .count();
    }

    @Override
    public synchronized long countSessionsWaitingForLink(MentorId mentorId, Instant now) {
        return links.values().stream()
                .filter(l -> l.status() == LinkStatus.PENDING || l.status() == LinkStatus.AWAITING_MANUAL_LINK)
                .map(l -> sessions.get(l.sessionId()))
                .filter(s -> s.mentor().id().equals(mentorId) && live(s, now))
                .count();
    }

    @Override
    public synchronized Map<Platform, Long> countConnectionsNeedingReconnect() {
        Map<Platform, Long> counts = new java.util.EnumMap<>(Platform.class);
        connections.values().stream()
                .flatMap(List::stream)
                .filter(c -> c.status() == org.meetlinks.domain.ConnectionStatus.NEEDS_RECONNECT)
                .forEach(c -> counts.merge(c.platform(), 1L, Long::sum));
        return counts;
    }

    private static boolean live(MentoringSession session, Instant now) {
        return session.state() == SessionState.CONFIRMED && session.endsAt().isAfter(now);
    }

    synchronized void connect(ProviderConnection connection) {
        connections
                .computeIfAbsent(connection.mentorId(), k -> new ArrayList<>())
                .add(connection);
    }

    /** The mentor connected the platform again: the new connection (and grant) replaces the old one. */
    synchronized void reconnect(ProviderConnection connection) {
        List<ProviderConnection> of = connections.computeIfAbsent(connection.mentorId(), k -> new ArrayList<>());
        of.removeIf(c -> c.platform() == connection.platform());
        of.add(connection);
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
