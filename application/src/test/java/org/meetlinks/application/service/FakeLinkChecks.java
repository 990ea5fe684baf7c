package org.meetlinks.application.service;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.meetlinks.application.port.out.CountLinkChecksPort;
import org.meetlinks.application.port.out.ExistingMeeting;
import org.meetlinks.application.port.out.LinkCheckRecord;
import org.meetlinks.application.port.out.LinkToCheck;
import org.meetlinks.application.port.out.LoadLinksToCheckPort;
import org.meetlinks.application.port.out.ReadMeetingPort;
import org.meetlinks.application.port.out.RecordLinkCheckPort;
import org.meetlinks.application.port.out.ScheduledMeeting;
import org.meetlinks.domain.LinkCheckOutcome;
import org.meetlinks.domain.LinkStatus;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.SessionId;

/** In-memory check records and a scripted provider read, over the harness's sessions. */
final class FakeLinkChecks implements LoadLinksToCheckPort, RecordLinkCheckPort, CountLinkChecksPort, ReadMeetingPort {
    private final Harness h;
    private final List<SessionId> sessions = new ArrayList<>();
    private final Map<SessionId, LinkCheckRecord> records = new HashMap<>();
    final List<String> counted = new ArrayList<>();
    final List<ExistingMeeting> reads = new ArrayList<>();
    /** What the next reads answer; when empty, the meeting is as booked. */
    final Deque<Answer> answers = new ArrayDeque<>();

    /** A scripted answer: the meeting's times, gone, or a failure. */
    record Answer(Optional<ScheduledMeeting> meeting, RuntimeException failure) {}

    FakeLinkChecks(Harness h) {
        this.h = h;
    }

    void track(String sessionId) {
        sessions.add(new SessionId(sessionId));
    }

    @Override
    public List<LinkToCheck> loadLinksToCheck(Instant after, Instant until, int limit) {
        return sessions.stream()
                .flatMap(id -> h.db.loadSession(id).stream())
                .filter(s -> s.startsAt().isAfter(after) && !s.startsAt().isAfter(until))
                .flatMap(s -> h.db.loadLinkForSession(s.id()).stream()
                        .filter(l -> l.status() == LinkStatus.ACTIVE
                                && l.snapshot().externalMeetingId().isPresent())
                        .map(l -> Optional.ofNullable(records.get(s.id()))
                                .map(r -> LinkToCheck.checkedAt(s, l, r.checkedAt()))
                                .orElseGet(() -> LinkToCheck.neverChecked(s, l))))
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<SessionId> findSessionByMeeting(Platform platform, String externalMeetingId) {
        return sessions.stream()
                .filter(id -> h.db.loadLinkForSession(id)
                        .filter(l -> l.status() == LinkStatus.ACTIVE
                                && l.platform().equals(Optional.of(platform))
                                && l.snapshot().externalMeetingId().equals(Optional.of(externalMeetingId)))
                        .isPresent())
                .findFirst();
    }

    @Override
    public void recordCheck(LinkCheckRecord check) {
        records.put(check.sessionId(), check);
    }

    @Override
    public List<LinkCheckRecord> loadChecksOfMentor(MentorId mentorId, Instant now) {
        return new ArrayList<>(records.values());
    }

    @Override
    public void checked(Platform platform, LinkCheckOutcome outcome) {
        counted.add(platform + ":" + outcome);
    }

    @Override
    public Optional<ScheduledMeeting> readMeeting(ExistingMeeting meeting, Instant deadline) {
        reads.add(meeting);
        Answer answer = answers.poll();
        if (answer == null) {
            return h.db.loadSession(sessionOf(meeting)).map(s -> new ScheduledMeeting(s.startsAt(), s.endsAt()));
        }
        if (answer.failure() != null) {
            throw answer.failure();
        }
        return answer.meeting();
    }

    private SessionId sessionOf(ExistingMeeting meeting) {
        return findSessionByMeeting(meeting.platform(), meeting.externalMeetingId())
                .orElseThrow();
    }
}
