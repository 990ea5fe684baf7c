package org.meetlinks.application.service;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meetlinks.application.port.out.CountBacklogPort;
import org.meetlinks.application.port.out.LoadSessionsWithLinksPort;
import org.meetlinks.application.port.out.Notification;
import org.meetlinks.application.port.out.NotificationKind;
import org.meetlinks.application.port.out.OutgoingNotification;
import org.meetlinks.application.port.out.QueuedNotification;
import org.meetlinks.application.port.out.SessionWithLink;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.SessionId;

/**
 * Turns queued notifications into the messages to send, from their sessions and links as they are now, inside the
 * caller's transaction: a prompt gets a fresh single-purpose link, a reconnect prompt the count of the mentor's
 * waiting sessions.
 */
final class NotificationRendering {
    private final LoadSessionsWithLinksPort sessions;
    private final CountBacklogPort backlog;
    private final LinkSettings settings;
    private final LinkViews views;
    private final EmailLinks emailLinks;
    private final Clock clock;

    NotificationRendering(
            LoadSessionsWithLinksPort sessions,
            CountBacklogPort backlog,
            LinkSettings settings,
            EmailLinks emailLinks,
            Clock clock) {
        this.sessions = sessions;
        this.backlog = backlog;
        this.settings = settings;
        this.views = new LinkViews(settings);
        this.emailLinks = emailLinks;
        this.clock = clock;
    }

    /**
     * Renders a batch, reading its sessions and their links with one query.
     *
     * @return each notification (in the batch's order) with its message, empty when its session (or its link) no
     *         longer exists
     */
    Map<QueuedNotification, Optional<OutgoingNotification>> renderAll(List<QueuedNotification> batch) {
        Map<SessionId, SessionWithLink> current = new HashMap<>();
        sessions.loadSessionsWithLinks(
                        batch.stream().map(q -> q.notification().sessionId()).toList())
                .forEach(found -> current.put(found.session().id(), found));
        Map<QueuedNotification, Optional<OutgoingNotification>> rendered = new LinkedHashMap<>();
        batch.forEach(queued -> rendered.put(
                queued,
                Optional.ofNullable(current.get(queued.notification().sessionId()))
                        .flatMap(found ->
                                found.link().map(link -> render(queued.notification(), found.session(), link)))));
        return rendered;
    }

    private OutgoingNotification render(Notification n, MentoringSession session, MeetingLink link) {
        long waiting = n.kind() == NotificationKind.RECONNECT_PROVIDER
                ? backlog.countSessionsWaitingForLink(session.mentor().id(), clock.instant())
                : 0;
        return new OutgoingNotification(n, session, views.shared(link), actionUrl(n, session), waiting);
    }

    /**
     * Where the mentor acts: a prompt gets a fresh single-purpose link (reconnect this provider, add a link to this
     * session) that works without signing in; everything else points to the mentor page.
     */
    private String actionUrl(Notification n, MentoringSession session) {
        if (n.recipientIsMentor() && n.kind() == NotificationKind.ADD_LINK_MANUALLY) {
            return emailLinks.addLinkUrl(session.mentor().id(), session.id());
        }
        if (n.recipientIsMentor()
                && n.kind() == NotificationKind.RECONNECT_PROVIDER
                && n.platform().isPresent()
                && n.platform().get().isProvider()) {
            return emailLinks.reconnectUrl(session.mentor().id(), n.platform().get());
        }
        return settings.mentorPageUrl();
    }
}
