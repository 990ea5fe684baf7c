package org.meetlinks.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides what happens when an attempt to make a session's meeting fails: try again at once within the run's time
 * budget, back off into the background, or ask the mentor — and only when asking helps. A dead grant asks for a
 * reconnect, never for per-session links; a refusal that cannot change asks at once; a passing outage asks only when
 * it lasted {@code askAfter}, or a tenth of the time left before a session that starts within {@code askBeforeStart},
 * or when the provider's own retry-after would put the next attempt past that moment. A provider's retry-after is
 * never cut short.
 */
public final class LinkFailurePolicy {
    /** Pause before trying a failed call again within a run (the provider gets a moment; the budget keeps ticking). */
    static final Duration QUICK_PAUSE = Duration.ofMillis(100);
    /** Pause after a 429 without a Retry-After. */
    static final Duration RATE_LIMIT_PAUSE = Duration.ofMillis(500);
    /** Background back-off never waits less than this once it is capped (so an outage is not hammered). */
    static final Duration MIN_CAP = Duration.ofSeconds(15);

    private final Duration firstRetryDelay;
    private final Duration maxRetryDelay;
    private final Duration askAfter;
    private final Duration askBeforeStart;
    private final int unexpectedAttempts;

    /**
     * @param firstRetryDelay    background back-off after the first failed run (doubling from there)
     * @param maxRetryDelay      the longest background back-off
     * @param askAfter           how long passing failures may last before the mentor is asked to add a link
     * @param askBeforeStart     a session starting sooner than this asks the mentor as soon as a run fails
     * @param unexpectedAttempts runs that may end in an unforeseen error before the mentor is asked
     */
    public LinkFailurePolicy(
            Duration firstRetryDelay,
            Duration maxRetryDelay,
            Duration askAfter,
            Duration askBeforeStart,
            int unexpectedAttempts) {
        this.firstRetryDelay = positive(firstRetryDelay, "firstRetryDelay");
        this.maxRetryDelay = positive(maxRetryDelay, "maxRetryDelay");
        this.askAfter = positive(askAfter, "askAfter");
        this.askBeforeStart = positive(askBeforeStart, "askBeforeStart");
        if (unexpectedAttempts < 1) {
            throw new DomainException("unexpectedAttempts", "at least one attempt is needed");
        }
        this.unexpectedAttempts = unexpectedAttempts;
    }

    /**
     * Whether the same run tries again, and after what pause: only for passing failures, and only when the pause and
     * one more call of at least {@code shortestCall} still fit in the {@code left} of the run's budget.
     */
    public Optional<Duration> retryWithinRun(FailedCall failure, Duration left, Duration shortestCall) {
        Duration pause = switch (failure.kind()) {
            case TRANSIENT -> failure.retryAfter().orElse(QUICK_PAUSE);
            case RATE_LIMITED -> failure.retryAfter().orElse(RATE_LIMIT_PAUSE);
            case AUTH, PERMANENT, MEETINGS_TURNED_OFF, NO_ACCOUNT, UNEXPECTED -> null;
        };
        if (pause == null || pause.plus(shortestCall).compareTo(left) > 0) {
            return Optional.empty();
        }
        return Optional.of(pause);
    }

    /**
     * What follows a run that ended without a meeting.
     *
     * @param failingSince when the link's current spell of failures began (this run's start for a first failure)
     * @param attempts     how many runs were made for the link so far, this one included
     */
    public FailureResponse afterRun(
            FailedCall failure, int attempts, Instant failingSince, MentoringSession session, Instant now) {
        return switch (failure.kind()) {
            case AUTH -> FailureResponse.noRetry(MentorAction.RECONNECT);
            case PERMANENT, MEETINGS_TURNED_OFF, NO_ACCOUNT -> FailureResponse.noRetry(MentorAction.ADD_LINK);
            case TRANSIENT, RATE_LIMITED, UNEXPECTED -> passing(failure, attempts, failingSince, session, now);
        };
    }

    private FailureResponse passing(
            FailedCall failure, int attempts, Instant failingSince, MentoringSession session, Instant now) {
        if (!now.isBefore(session.endsAt())) {
            return FailureResponse.noRetry(MentorAction.NONE);
        }
        Instant askAt = askMoment(failingSince, session, now);
        Duration backoff = backoff(attempts, Duration.between(failingSince, now));
        Optional<Duration> retryAfter = failure.retryAfter();
        boolean providerDelay = retryAfter.isPresent() && retryAfter.get().compareTo(backoff) > 0;
        Instant retryAt = now.plus(providerDelay ? retryAfter.get() : backoff);
        Instant marginStart = session.startsAt().minus(askBeforeStart);
        boolean tooLate = providerDelay && retryAt.isAfter(askAt.isAfter(marginStart) ? askAt : marginStart);
        boolean ask = !askAt.isAfter(now)
                || tooLate
                || (failure.kind() == FailureKind.UNEXPECTED && attempts >= unexpectedAttempts);
        if (!ask && !providerDelay && retryAt.isAfter(askAt)) {
            // Try once more right when the mentor would be asked: a success then spares them the email.
            retryAt = askAt;
        }
        if (!retryAt.isBefore(session.endsAt())) {
            return FailureResponse.noRetry(MentorAction.ADD_LINK);
        }
        return FailureResponse.retryAt(retryAt, ask ? MentorAction.ADD_LINK : MentorAction.NONE);
    }

    /**
     * Exponential back-off from {@code firstRetryDelay}, capped by a quarter of how long the failures have lasted
     * (at least {@link #MIN_CAP}, at most {@code maxRetryDelay}): quick retries right after an outage began, and
     * calm ones when it drags on.
     */
    Duration backoff(int attempts, Duration failingFor) {
        Duration cap = failingFor.dividedBy(4);
        if (cap.compareTo(MIN_CAP) < 0) {
            cap = MIN_CAP;
        }
        if (cap.compareTo(maxRetryDelay) > 0) {
            cap = maxRetryDelay;
        }
        Duration delay = firstRetryDelay;
        for (int i = 1; i < attempts && delay.compareTo(cap) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    /**
     * When the mentor is to be asked: after {@code askAfter} of failures, or once the session is inside the
     * {@code askBeforeStart} margin and the failures have lasted a tenth of the time that was left before the start
     * when they began (a session in 90 minutes waits 9 for a passing blip to end, one in 5 minutes 30 seconds).
     */
    private Instant askMoment(Instant failingSince, MentoringSession session, Instant now) {
        Instant afterFailing = failingSince.plus(askAfter);
        Instant marginStart = session.startsAt().minus(askBeforeStart);
        Duration leftWhenFailingBegan = Duration.between(failingSince, session.startsAt());
        Instant grace = failingSince.plus(
                leftWhenFailingBegan.isNegative() ? Duration.ZERO : leftWhenFailingBegan.dividedBy(10));
        Instant inMargin = marginStart.isAfter(grace) ? marginStart : grace;
        Instant first = afterFailing.isBefore(inMargin) ? afterFailing : inMargin;
        return first.isBefore(now) ? now : first;
    }

    private static Duration positive(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative() || value.isZero()) {
            throw new DomainException(name, name + " must be positive");
        }
        return value;
    }
}
