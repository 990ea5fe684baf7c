package org.meetlinks.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How the making of a link's provider meeting stands: who may run now (the lease), how many runs there were, when
 * the next is due, whether an unanswered create may have made the meeting, and the current spell of failures (since
 * when, the last reason, whether the mentor was asked). Read it through {@link MeetingLink#generation()}; only the
 * link changes it, deciding which change its status allows.
 */
public final class LinkGeneration {
    private static final int MAX_REASON = 500;

    private int attempts;
    private Instant leaseUntil;
    private Instant nextAttemptAt;
    private boolean meetingMayExist;
    private String failureReason;
    private FailureKind lastFailure;
    private Instant failingSince;
    private Instant mentorAskedAt;

    private LinkGeneration() {}

    /** The attempts as a stored link left them. */
    static LinkGeneration restore(MeetingLinkSnapshot s) {
        LinkGeneration g = new LinkGeneration();
        g.attempts = s.attempts();
        g.leaseUntil = s.leaseUntil().orElse(null);
        g.nextAttemptAt = s.nextAttemptAt().orElse(null);
        g.meetingMayExist = s.meetingMayExist();
        g.failureReason = s.failureReason().orElse(null);
        g.lastFailure = s.lastFailure().orElse(null);
        g.failingSince = s.failingSince().orElse(null);
        g.mentorAskedAt = s.mentorAskedAt().orElse(null);
        return g;
    }

    /**
     * Takes the right to create the provider meeting for the next {@code lease} unless someone else holds it, so that
     * two deliveries of one booking (or two instances) never both call the provider; counts the run.
     */
    boolean claim(Instant now, Duration lease) {
        if (leaseUntil != null && leaseUntil.isAfter(now)) {
            return false;
        }
        attempts++;
        leaseUntil = now.plus(lease);
        return true;
    }

    /**
     * Notes that a provider create is about to be sent, so that a crash or an unanswered call leaves a trace.
     *
     * @return true when an earlier create's outcome was never seen: the meeting may already exist at the provider
     *         and must be looked up before another is made (providers without an idempotency key need this)
     */
    boolean beginCreate() {
        boolean mayExist = meetingMayExist;
        meetingMayExist = true;
        return mayExist;
    }

    /**
     * A run failed: the spell of failures goes on (or starts), the lease is given up and the next run is due when
     * the response says (the background tries again then).
     *
     * @return true when the mentor is to be asked to add a link now: the first time in this spell of failures
     */
    boolean recordFailure(FailureKind kind, String reason, boolean mayExist, FailureResponse response, Instant now) {
        this.lastFailure = Objects.requireNonNull(kind, "kind");
        this.failureReason = truncate(Objects.requireNonNull(reason, "reason"));
        this.meetingMayExist = mayExist;
        this.failingSince = failingSince == null ? now : failingSince;
        this.leaseUntil = null;
        this.nextAttemptAt = response.retryAt().orElse(null);
        boolean ask = response.mentorAction() == MentorAction.ADD_LINK && mentorAskedAt == null;
        if (ask) {
            mentorAskedAt = now;
        }
        return ask;
    }

    /**
     * Whether, after a failed run with this response, the session waits for its mentor: they are asked to act now or
     * were asked earlier in this spell (else automatic attempts are expected to succeed).
     */
    boolean waitsForMentor(FailureResponse response) {
        return response.mentorAction() != MentorAction.NONE || mentorAskedAt != null;
    }

    /**
     * Undoes the last {@link #claim} (and its {@link #beginCreate}) for a run that never started: the lease is given
     * back, the run is not counted, and a meeting may exist only if it might before.
     */
    void unclaim(boolean meetingMayExistBefore) {
        if (leaseUntil == null || attempts == 0) {
            throw new IllegalStateException("no claimed run to give back");
        }
        attempts--;
        leaseUntil = null;
        meetingMayExist = meetingMayExistBefore;
    }

    /** The link got a meeting: no lease, no retry, no spell of failures (the count of runs stays). */
    void succeed() {
        leaseUntil = null;
        nextAttemptAt = null;
        meetingMayExist = false;
        failureReason = null;
        lastFailure = null;
        failingSince = null;
        mentorAskedAt = null;
    }

    /** The link lost its meeting: start over, with the next run due at {@code now}. */
    void restartAt(Instant now) {
        succeed();
        nextAttemptAt = now;
    }

    /** No more runs: the lease and the next run are dropped, the rest is kept as it was. */
    void stop() {
        leaseUntil = null;
        nextAttemptAt = null;
    }

    private static String truncate(String reason) {
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
    }

    /** How many runs claimed the link so far (kept when it gets its meeting). */
    public int attempts() {
        return attempts;
    }

    /** Until when the current run holds the right to call the provider. */
    public Optional<Instant> leaseUntil() {
        return Optional.ofNullable(leaseUntil);
    }

    /** When the background is to try again. */
    public Optional<Instant> nextAttemptAt() {
        return Optional.ofNullable(nextAttemptAt);
    }

    /** True when a create was sent whose outcome was never seen (look the meeting up before making another). */
    public boolean meetingMayExist() {
        return meetingMayExist;
    }

    /** What the last failed run said, while the session still waits for its meeting. */
    public Optional<String> failureReason() {
        return Optional.ofNullable(failureReason);
    }

    /** Why the last run failed, while the session still waits for its meeting. */
    public Optional<FailureKind> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    /** When the current spell of failed runs began. */
    public Optional<Instant> failingSince() {
        return Optional.ofNullable(failingSince);
    }

    /** When the mentor was asked to add a link in the current spell (asked once, not per attempt). */
    public Optional<Instant> mentorAskedAt() {
        return Optional.ofNullable(mentorAskedAt);
    }
}
