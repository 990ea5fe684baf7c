package org.meetlinks.application.service;

import org.meetlinks.application.port.in.GetSessionInviteUseCase;
import org.meetlinks.application.port.in.NotFoundException;
import org.meetlinks.application.port.in.SessionInvite;
import org.meetlinks.application.port.in.Viewer;
import org.meetlinks.application.port.out.RenderInvitePort;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.SessionId;
import org.meetlinks.domain.SessionState;

/** The invite a participant downloads: the same iCalendar the emails carry. */
public final class SessionInviteService implements GetSessionInviteUseCase {
    private final LinkStore store;
    private final RenderInvitePort invites;
    private final LinkViews views;

    public SessionInviteService(LinkStore store, RenderInvitePort invites, LinkSettings settings) {
        this.store = store;
        this.invites = invites;
        this.views = new LinkViews(settings);
    }

    @Override
    public SessionInvite invite(SessionId sessionId, Viewer viewer) {
        MentoringSession session = store.sessions()
                .loadSession(sessionId)
                .filter(s -> viewer.isAdmin() || s.hasParticipant(viewer.userId()))
                .orElseThrow(() -> new NotFoundException("no session " + sessionId));
        MeetingLink link = store.links()
                .loadLinkForSession(sessionId)
                .orElseThrow(() -> new NotFoundException("no meeting link for session " + sessionId));
        boolean cancelled = session.state() == SessionState.CANCELLED;
        return new SessionInvite(invites.invite(session, views.shared(link), cancelled), cancelled);
    }
}
