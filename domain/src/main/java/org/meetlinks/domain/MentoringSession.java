package org.meetlinks.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/** A confirmed mentoring session between a mentor and a mentee, as booked on the platform. */
public final class MentoringSession {
    /** Longest session we accept; anything longer is a booking-system error, not a mentoring session. */
    public static final Duration MAX_DURATION = Duration.ofHours(24);

    private static final int MAX_TOPIC = 500;

    private final SessionId id;
    private final Mentor mentor;
    private final Mentee mentee;
    private final String topic;
    private SessionTimes times;
    private int sequence;
    private SessionState state;
    private Instant lastChangeAt;

    private MentoringSession(
            SessionId id,
            Mentor mentor,
            Mentee mentee,
            String topic,
            Instant startsAt,
            Instant endsAt,
            ZoneId timeZone,
            int sequence,
            SessionState state,
            ChangeOrder lastChange) {
        this.id = Objects.requireNonNull(id, "sessionId");
        this.mentor = Objects.requireNonNull(mentor, "mentor");
        this.mentee = Objects.requireNonNull(mentee, "mentee");
        this.topic = requireTopic(topic);
        this.times = new SessionTimes(startsAt, endsAt, timeZone);
        if (sequence < 0) {
            throw new DomainException("sequence", "sequence cannot be negative");
        }
        this.sequence = sequence;
        this.state = Objects.requireNonNull(state, "state");
        this.lastChangeAt = lastChange.occurredAt().orElse(null);
    }

    /**
     * A newly confirmed session (invite revision 0); its zones must be region-based ({@link TimeZones}), and its
     * order says when the booking system made it, if the confirmation said.
     */
    public static MentoringSession confirmed(
            SessionId id,
            Mentor mentor,
            Mentee mentee,
            String topic,
            Instant startsAt,
            Instant endsAt,
            ZoneId timeZone,
            ChangeOrder order) {
        if (mentor.id().value().equals(mentee.id())) {
            throw new DomainException("mentee.id", "mentor and mentee must be different people");
        }
        TimeZones.requireRegionBased("mentor.timeZone", mentor.timeZone());
        TimeZones.requireRegionBased("timeZone", timeZone);
        return new MentoringSession(
                id, mentor, mentee, topic, startsAt, endsAt, timeZone, 0, SessionState.CONFIRMED, order);
    }

    /** Rebuilds a stored session, with the time of the last ordered change applied to it if it holds one. */
    public static MentoringSession restore(
            SessionId id,
            Mentor mentor,
            Mentee mentee,
            String topic,
            Instant startsAt,
            Instant endsAt,
            ZoneId timeZone,
            int sequence,
            SessionState state,
            ChangeOrder lastChange) {
        return new MentoringSession(id, mentor, mentee, topic, startsAt, endsAt, timeZone, sequence, state, lastChange);
    }

    private static String requireTopic(String topic) {
        if (topic == null || topic.isBlank() || topic.length() > MAX_TOPIC) {
            throw new DomainException("topic", "topic is required and may have at most " + MAX_TOPIC + " characters");
        }
        return topic.strip();
    }

    /** Moves the session; the invite revision goes up so calendars replace the old entry. */
    public void reschedule(Instant newStart, Instant newEnd, ZoneId newZone) {
        requireConfirmed("reschedule");
        SessionTimes moved = new SessionTimes(newStart, newEnd, newZone);
        TimeZones.requireRegionBased("timeZone", newZone);
        this.times = moved;
        this.sequence++;
    }

    /**
     * Moves the session unless the move is stale or the session is cancelled. A move that says when it was made is
     * stale when the session already holds a change made at that time or later (equal times: the first to arrive
     * wins); a move that does not say is applied in arrival order and leaves the session's change time as it was.
     */
    public RescheduleResult reschedule(Instant newStart, Instant newEnd, ZoneId newZone, ChangeOrder order) {
        if (state == SessionState.CANCELLED) {
            return RescheduleResult.SESSION_CANCELLED;
        }
        Optional<Instant> at = order.occurredAt();
        if (at.isPresent() && lastChangeAt != null && !at.get().isAfter(lastChangeAt)) {
            return RescheduleResult.STALE;
        }
        reschedule(newStart, newEnd, newZone);
        at.ifPresent(t -> lastChangeAt = t);
        return RescheduleResult.MOVED;
    }

    /** True when this session starts, ends or is zoned differently from {@code other}. */
    public boolean timesDifferFrom(MentoringSession other) {
        return !times.equals(other.times);
    }

    /** Cancels the session; cancelling twice is a no-op that returns false. */
    public boolean cancel() {
        if (state == SessionState.CANCELLED) {
            return false;
        }
        state = SessionState.CANCELLED;
        sequence++;
        return true;
    }

    private void requireConfirmed(String action) {
        if (state != SessionState.CONFIRMED) {
            throw new DomainException("sessionId", "cannot " + action + " a cancelled session");
        }
    }

    /** True when {@code userId} is this session's mentor or mentee. */
    public boolean hasParticipant(String userId) {
        return mentor.id().value().equals(userId) || mentee.id().equals(userId);
    }

    /** True when {@code userId} is this session's mentor. */
    public boolean isMentor(String userId) {
        return mentor.id().value().equals(userId);
    }

    public Duration duration() {
        return times.duration();
    }

    public SessionId id() {
        return id;
    }

    public Mentor mentor() {
        return mentor;
    }

    public Mentee mentee() {
        return mentee;
    }

    public String topic() {
        return topic;
    }

    public Instant startsAt() {
        return times.startsAt();
    }

    public Instant endsAt() {
        return times.endsAt();
    }

    public ZoneId timeZone() {
        return times.timeZone();
    }

    public int sequence() {
        return sequence;
    }

    public SessionState state() {
        return state;
    }

    /** When the booking system made the latest change applied here, if its events said (orders reschedules). */
    public Optional<Instant> lastChangeAt() {
        return Optional.ofNullable(lastChangeAt);
    }
}
