package org.meetlinks.application.service;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.meetlinks.application.port.in.CheckUpcomingLinksUseCase;
import org.meetlinks.application.port.in.LinkCheckView;
import org.meetlinks.application.port.in.ListLinkChecksUseCase;
import org.meetlinks.application.port.in.NotFoundException;
import org.meetlinks.application.port.in.Viewer;
import org.meetlinks.application.port.out.CountLinkChecksPort;
import org.meetlinks.application.port.out.LinkCheckRecord;
import org.meetlinks.application.port.out.LinkToCheck;
import org.meetlinks.application.port.out.LoadLinksToCheckPort;
import org.meetlinks.application.port.out.ReadMeetingPort;
import org.meetlinks.application.port.out.RecordLinkCheckPort;
import org.meetlinks.domain.LinkCheckOutcome;
import org.meetlinks.domain.LinkCheckSchedule;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.ProviderMeeting;
import org.meetlinks.domain.SessionId;
import org.meetlinks.domain.SessionState;

/**
 * The check before every session: at each lead time of the {@link LinkCheckSchedule} the session's meeting is read
 * at its provider. Gone: it is made anew (same join URL, both people told once). Moved: put back to the booked time
 * (made anew if the provider refuses the move). Grant refused: the connection needs a reconnect and the mentor is
 * asked once. Provider unreachable: the outcome says so and the next lead time checks again. Each outcome is kept
 * for the mentor page and counted for the metrics.
 */
public final class LinkCheckService implements CheckUpcomingLinksUseCase, ListLinkChecksUseCase {
    private static final System.Logger LOG = System.getLogger(LinkCheckService.class.getName());
    /** Sessions checked in one pass at most; the next pass takes the rest. */
    static final int BATCH = 100;

    private final LoadLinksToCheckPort candidates;
    private final LinkStore store;
    private final MeetingExamination examination;
    private final RecordLinkCheckPort checks;
    private final CountLinkChecksPort metrics;
    private final LinkCheckSchedule schedule;
    private final Clock clock;

    LinkCheckService(
            LoadLinksToCheckPort candidates,
            LinkStore store,
            ReadMeetingPort provider,
            MeetingRepairs repairs,
            RecordLinkCheckPort checks,
            CountLinkChecksPort metrics,
            LinkCheckSchedule schedule,
            Clock clock) {
        this.candidates = candidates;
        this.store = store;
        this.examination = new MeetingExamination(provider, repairs, clock);
        this.checks = checks;
        this.metrics = metrics;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** The service with its repairs, built from the ports the bootstrap wires. */
    public static LinkCheckService create(
            LoadLinksToCheckPort candidates,
            LinkStore store,
            ReadMeetingPort provider,
            RecordLinkCheckPort checks,
            CountLinkChecksPort metrics,
            MeetingRepairsPorts repairPorts,
            LinkCheckSchedule schedule,
            Clock clock) {
        return new LinkCheckService(
                candidates, store, provider, repairPorts.repairs(store, clock), checks, metrics, schedule, clock);
    }

    @Override
    public int checkDueLinks() {
        Instant now = clock.instant();
        List<LinkToCheck> due = candidates.loadLinksToCheck(now, now.plus(schedule.longestLead()), BATCH).stream()
                .filter(c -> isDue(c, now))
                .toList();
        due.forEach(c -> check(
                c.session(),
                c.link()
                        .providerMeeting()
                        .orElseThrow(() -> new IllegalStateException(
                                "the link of session " + c.session().id() + " to check has no provider meeting"))));
        return due.size();
    }

    private boolean isDue(LinkToCheck candidate, Instant now) {
        Instant startsAt = candidate.session().startsAt();
        return candidate
                .lastCheckedAt()
                .map(last -> schedule.isDue(startsAt, last, now))
                .orElseGet(() -> schedule.isDue(startsAt, now));
    }

    @Override
    public LinkCheckView checkNow(SessionId sessionId) {
        MentoringSession session = store.sessions()
                .loadSession(sessionId)
                .filter(s -> s.state() == SessionState.CONFIRMED)
                .orElseThrow(() -> new NotFoundException("no confirmed session " + sessionId));
        ProviderMeeting meeting = store.links()
                .loadLinkForSession(sessionId)
                .flatMap(MeetingLink::providerMeeting)
                .orElseThrow(() -> new NotFoundException("session " + sessionId + " has no provider meeting to check"));
        return view(check(session, meeting));
    }

    @Override
    public List<LinkCheckView> myLinkChecks(Viewer viewer) {
        if (!viewer.roles().contains("mentor")) {
            return List.of();
        }
        return checks.loadChecksOfMentor(new MentorId(viewer.userId()), clock.instant()).stream()
                .map(LinkCheckService::view)
                .toList();
    }

    private LinkCheckRecord check(MentoringSession session, ProviderMeeting meeting) {
        Platform platform = meeting.platform();
        String meetingId = meeting.externalMeetingId();
        LinkCheckResult result = examination.examine(session, platform, meetingId);
        LinkCheckRecord record =
                new LinkCheckRecord(session.id(), platform, result.outcome(), result.detail(), clock.instant());
        checks.recordCheck(record);
        metrics.checked(platform, result.outcome());
        LOG.log(
                result.outcome() == LinkCheckOutcome.OK ? Level.DEBUG : Level.INFO,
                "Checked the {0} meeting of session {1}: {2} ({3})",
                platform,
                session.id(),
                result.outcome(),
                result.detail());
        return record;
    }

    private static LinkCheckView view(LinkCheckRecord r) {
        return new LinkCheckView(r.sessionId().value(), r.platform(), r.outcome(), r.detail(), r.checkedAt());
    }
}
