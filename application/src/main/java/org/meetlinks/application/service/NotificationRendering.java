package org.meetlinks.application.service;

import java.time.Clock;
import java.util.Optional;
import org.meetlinks.application.port.out.CountBacklogPort;
import org.meetlinks.application.port.out.Notification;
import org.meetlinks.application.port.out.NotificationKind;
import org.meetlinks.application.port.out.OutgoingNotification;
import org.meetlinks.application.port.out.QueuedNotification;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MentoringSession;

/**
 * Turns a queued notification into the message to send, from the session and its link as they are now, inside the
 * caller's transaction: a prompt gets a fresh single-purpose link, a reconnect prompt the count of the mentor's
 * waiting sessions.
 */
final class NotificationRendering {
    private final LinkStore store;
    private final CountBacklogPort backlog;
    private final LinkSettings settings;
    private final LinkViews views;
    private final EmailLinks emailLinks;
    private final Clock clock;

    NotificationRendering(LinkStore store, CountBacklogPort backlog, LinkSettings settings, EmailLinks emailLinks,
                          Clock clock) {
        this.store = store;
        this.backlog = backlog;
        this.settings = settings;
        this.views = new LinkViews(settings);
        this.emailLinks = emailLinks;
        this.clock = clock;
    }

    /** @return empty when the notification's session (or its link) no longer exists */
    Optional<OutgoingNotification> render(QueuedNotification queued) {
        Notification n = queued.notification();
        Optional<Current> current = n.sessionId().flatMap(id -> store.sessions().loadSession(id)
                .flatMap(session -> store.links().loadLinkForSession(id).map(link -> new Current(session, link))));
        if (current.isEmpty()) {
            return Optional.empty();
        }
        MentoringSession session = current.get().session();
        long waiting = n.kind() == NotificationKind.RECONNECT_PROVIDER
                ? backlog.countSessionsWaitingForLink(session.mentor().id(), clock.instant())
                : 0;
        return Optional.of(new OutgoingNotification(n.dedupeKey(), n.kind(), n.recipientName(), n.recipientEmail(),
                n.recipientIsMentor(), session, views.shared(current.get().link()), n.platform(), actionUrl(n, session),
                waiting));
    }

    /**
     * Where the mentor acts: a prompt gets a fresh single-purpose link (reconnect this provider, add a link to this
     * session) that works without signing in; everything else points to the mentor page.
     */
    private String actionUrl(Notification n, MentoringSession session) {
        if (n.recipientIsMentor() && n.kind() == NotificationKind.ADD_LINK_MANUALLY) {
            return emailLinks.addLinkUrl(session.mentor().id(), session.id());
        }
        if (n.recipientIsMentor() && n.kind() == NotificationKind.RECONNECT_PROVIDER && n.platform().isPresent()
                && n.platform().get().isProvider()) {
            return emailLinks.reconnectUrl(session.mentor().id(), n.platform().get());
        }
        return settings.mentorPageUrl();
    }

    /** The session and its link as they are when the notification is rendered. */
    private record Current(MentoringSession session, MeetingLink link) {
    }
}
