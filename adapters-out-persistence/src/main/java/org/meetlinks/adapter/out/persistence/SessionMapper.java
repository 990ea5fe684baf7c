package org.meetlinks.adapter.out.persistence;

import java.time.ZoneId;
import org.meetlinks.domain.ChangeOrder;
import org.meetlinks.domain.Mentee;
import org.meetlinks.domain.Mentor;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.SessionId;
import org.meetlinks.domain.SessionState;

/** Translates between mentoring sessions and their rows. */
final class SessionMapper {
    private SessionMapper() {}

    static MentoringSession toDomain(SessionEntity e) {
        return MentoringSession.restore(
                new SessionId(e.sessionId),
                new Mentor(new MentorId(e.mentorId), e.mentorName, e.mentorEmail, ZoneId.of(e.mentorTimeZone)),
                mentee(e),
                e.topic,
                e.startsAt,
                e.endsAt,
                ZoneId.of(e.timeZone),
                e.sequence,
                SessionState.valueOf(e.state),
                e.lastChangeAt == null ? ChangeOrder.unstated() : ChangeOrder.at(e.lastChangeAt));
    }

    private static Mentee mentee(SessionEntity e) {
        return e.menteeTimeZone == null
                ? new Mentee(e.menteeId, e.menteeName, e.menteeEmail)
                : new Mentee(e.menteeId, e.menteeName, e.menteeEmail, ZoneId.of(e.menteeTimeZone));
    }

    /** Copies the changeable state (time, sequence, state, the last ordered change) onto a row. */
    static void copyChanges(MentoringSession s, SessionEntity e) {
        e.startsAt = s.startsAt();
        e.endsAt = s.endsAt();
        e.timeZone = s.timeZone().getId();
        e.sequence = s.sequence();
        e.state = s.state().name();
        e.lastChangeAt = s.lastChangeAt().orElse(null);
    }
}
