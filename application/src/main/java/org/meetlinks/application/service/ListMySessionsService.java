package org.meetlinks.application.service;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.meetlinks.application.port.in.ListMySessionsQuery;
import org.meetlinks.application.port.in.ListMySessionsUseCase;
import org.meetlinks.application.port.in.MySessionView;
import org.meetlinks.application.port.in.MySessionsPage;
import org.meetlinks.application.port.in.SessionRole;
import org.meetlinks.application.port.out.LoadSessionsOfPersonPort;
import org.meetlinks.application.port.out.SessionWithLink;
import org.meetlinks.domain.LinkGeneration;
import org.meetlinks.domain.LinkStatus;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MeetingUrl;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.SessionState;

/** The dashboard list: only the caller's own sessions (as mentor or mentee), whatever other roles they hold. */
public final class ListMySessionsService implements ListMySessionsUseCase {
    private final LoadSessionsOfPersonPort sessions;
    private final LinkSettings settings;
    private final Clock clock;

    public ListMySessionsService(LoadSessionsOfPersonPort sessions, LinkSettings settings, Clock clock) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public MySessionsPage listMySessions(ListMySessionsQuery query) {
        ListMySessionsQuery.Window window = query.window(clock.instant());
        String me = query.viewer().userId();
        List<SessionWithLink> rows =
                sessions.loadSessionsOfPerson(me, window.from(), window.to(), query.offset(), query.size() + 1);
        List<MySessionView> views =
                rows.stream().limit(query.size()).map(row -> view(row, me)).toList();
        return new MySessionsPage(
                views, window.from(), window.to(), query.page(), query.size(), rows.size() > query.size());
    }

    private MySessionView view(SessionWithLink row, String me) {
        MentoringSession session = row.session();
        Optional<MeetingLink> link = row.link();
        SessionRole role = session.isMentor(me) ? SessionRole.MENTOR : SessionRole.MENTEE;
        String counterpart = role == SessionRole.MENTOR
                ? session.mentee().name()
                : session.mentor().name();
        LinkStatus status = session.state() == SessionState.CANCELLED
                ? LinkStatus.CANCELLED
                : link.map(MeetingLink::status).orElse(LinkStatus.PENDING);
        boolean live = status != LinkStatus.CANCELLED;
        Optional<LinkGeneration> generation = link.map(MeetingLink::generation);
        MySessionView view = MySessionView.of(
                session.id().value(),
                session.startsAt(),
                session.endsAt(),
                session.timeZone(),
                session.topic(),
                role,
                counterpart,
                status,
                generation
                        .map(g -> SessionStatusTexts.of(status, g, role))
                        .orElseGet(() -> SessionStatusTexts.of(status, role)));
        Optional<String> joinUrl = link.map(l -> settings.joinUrl(l.joinToken().value()));
        Optional<MeetingUrl> meeting = link.filter(l -> live).flatMap(MeetingLink::url);
        Optional<String> failureReason =
                generation.filter(g -> live && role == SessionRole.MENTOR).flatMap(LinkGeneration::failureReason);
        MySessionView withJoin = joinUrl.map(view::withJoinUrl).orElse(view);
        MySessionView withMeeting = meeting.map(withJoin::withMeeting).orElse(withJoin);
        return failureReason.map(withMeeting::withFailureReason).orElse(withMeeting);
    }
}
