package org.meetlinks.application.port.out;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.SessionId;

/**
 * What a provider needs to make (or update) a session's meeting. {@code sessionId} doubles as the
 * idempotency key: a retried create must find the meeting an earlier attempt made.
 */
public record MeetingRequest(Platform platform, boolean systemAccount, MentorId mentorId, SessionId sessionId,
                             String topic, Instant startsAt, Instant endsAt, ZoneId timeZone) {
    public MeetingRequest {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(mentorId, "mentorId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(timeZone, "timeZone");
    }

    public static MeetingRequest of(Platform platform, boolean systemAccount, MentoringSession session) {
        return new MeetingRequest(platform, systemAccount, session.mentor().id(), session.id(), session.topic(),
                session.startsAt(), session.endsAt(), session.timeZone());
    }
}
