package org.meetlinks.application.port.out.contract;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.meetlinks.domain.ChangeOrder;
import org.meetlinks.domain.Mentee;
import org.meetlinks.domain.Mentor;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.SessionId;

/** Hour-long mentoring sessions as the booking system confirms them, for the storage contracts. */
public final class ConfirmedSessions {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private ConfirmedSessions() {}

    /** A session of mentor {@code mentorId} with mentee {@code menteeId}, starting at {@code startsAt}. */
    public static MentoringSession of(String sessionId, String mentorId, String menteeId, Instant startsAt) {
        return MentoringSession.confirmed(
                new SessionId(sessionId),
                new Mentor(new MentorId(mentorId), "Ada", mentorId + "@example.org", BERLIN),
                new Mentee(menteeId, "Bo", menteeId + "@example.org"),
                "Career chat",
                startsAt,
                startsAt.plus(Duration.ofHours(1)),
                BERLIN,
                ChangeOrder.unstated());
    }
}
