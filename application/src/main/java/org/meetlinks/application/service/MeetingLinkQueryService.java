package org.meetlinks.application.service;

import java.time.Clock;
import org.meetlinks.application.port.in.GetMeetingLinkUseCase;
import org.meetlinks.application.port.in.JoinDestination;
import org.meetlinks.application.port.in.MeetingLinkView;
import org.meetlinks.application.port.in.NotFoundException;
import org.meetlinks.application.port.in.ResolveJoinLinkUseCase;
import org.meetlinks.application.port.in.SessionRole;
import org.meetlinks.application.port.in.Viewer;
import org.meetlinks.domain.JoinToken;
import org.meetlinks.domain.LinkStatus;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.SessionId;

/** Reads links: for the session's people through the API, and for anyone holding a join URL. */
public final class MeetingLinkQueryService implements GetMeetingLinkUseCase, ResolveJoinLinkUseCase {
    private final LinkStore store;
    private final LinkViews views;
    private final DataLifecycle lifecycle;
    private final Clock clock;

    public MeetingLinkQueryService(LinkStore store, LinkSettings settings, DataLifecycle lifecycle, Clock clock) {
        this.store = store;
        this.views = new LinkViews(settings);
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    @Override
    public MeetingLinkView getMeetingLink(SessionId sessionId, Viewer viewer) {
        MentoringSession session = store.sessions()
                .loadSession(sessionId)
                .filter(s -> viewer.isAdmin() || s.hasParticipant(viewer.userId()))
                .orElseThrow(() -> new NotFoundException("no session " + sessionId));
        SessionRole reader =
                viewer.isAdmin() || session.isMentor(viewer.userId()) ? SessionRole.MENTOR : SessionRole.MENTEE;
        return store.links()
                .loadLinkForSession(sessionId)
                .map(link -> views.of(link, reader))
                .orElseThrow(() -> new NotFoundException("no meeting link for session " + sessionId));
    }

    @Override
    public JoinDestination resolve(String joinToken) {
        if (!JoinToken.looksValid(joinToken)) {
            throw new NotFoundException("no such join link");
        }
        MeetingLink link = store.links()
                .loadLinkByJoinToken(new JoinToken(joinToken))
                .orElseThrow(() -> new NotFoundException("no such join link"));
        MentoringSession session = store.sessions()
                .loadSession(link.sessionId())
                .orElseThrow(() -> new NotFoundException("no such join link"));
        if (link.status() == LinkStatus.CANCELLED) {
            return new JoinDestination.Cancelled(session.topic());
        }
        if (clock.instant().isAfter(session.endsAt().plus(lifecycle.joinLinkLifetime()))) {
            return new JoinDestination.Expired(session.topic(), session.endsAt());
        }
        return link.joinTarget()
                .<JoinDestination>map(url -> new JoinDestination.Meeting(url.value()))
                .orElseGet(() -> new JoinDestination.NotReady(
                        session.topic(), session.startsAt(), link.status() == LinkStatus.AWAITING_MANUAL_LINK));
    }
}
