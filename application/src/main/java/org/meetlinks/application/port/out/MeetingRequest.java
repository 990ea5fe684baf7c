package org.meetlinks.application.port.out;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.SessionId;

/**
 * What a provider needs to make (or update) a session's meeting on the mentor's account. {@code sessionId} doubles
 * as the idempotency key. Every call made for the request ends by {@code deadline} (each HTTP call's timeout is cut
 * to what is left). {@code meetingMayExist} says an earlier create's outcome was never seen: a provider without an
 * idempotency key must look for that meeting before making another. {@code menteeName} and {@code joinUrl} are what
 * the meeting's description (Google event, Zoom agenda) tells the mentor: who the session is with and the session's
 * stable join URL.
 */
public record MeetingRequest(
        Platform platform,
        MentorId mentorId,
        SessionId sessionId,
        String topic,
        String menteeName,
        String joinUrl,
        Instant startsAt,
        Instant endsAt,
        ZoneId timeZone,
        Instant deadline,
        boolean meetingMayExist) {
    public MeetingRequest {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(mentorId, "mentorId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(menteeName, "menteeName");
        Objects.requireNonNull(joinUrl, "joinUrl");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(deadline, "deadline");
    }

    /** A create (or update) of {@code session}'s meeting on {@code platform}, done by {@code deadline}. */
    public static MeetingRequest of(
            Platform platform, MentoringSession session, String joinUrl, Instant deadline, boolean meetingMayExist) {
        return new MeetingRequest(
                platform,
                session.mentor().id(),
                session.id(),
                session.topic(),
                session.mentee().name(),
                joinUrl,
                session.startsAt(),
                session.endsAt(),
                session.timeZone(),
                deadline,
                meetingMayExist);
    }
}
