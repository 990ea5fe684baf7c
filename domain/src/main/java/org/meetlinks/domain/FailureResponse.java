package org.meetlinks.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What follows a run of attempts that ended without a meeting: when the background tries again (if at all),
 * and what the mentor is asked to do now.
 */
public final class FailureResponse {
    private final Instant retryAt;
    private final MentorAction mentorAction;

    private FailureResponse(Instant retryAt, MentorAction mentorAction) {
        this.retryAt = retryAt;
        this.mentorAction = Objects.requireNonNull(mentorAction, "mentorAction");
    }

    /** The background tries again at {@code retryAt}. */
    public static FailureResponse retryAt(Instant retryAt, MentorAction mentorAction) {
        return new FailureResponse(Objects.requireNonNull(retryAt, "retryAt"), mentorAction);
    }

    /** No automatic attempt is due: only the mentor (or a reconnect) can give the session its link. */
    public static FailureResponse noRetry(MentorAction mentorAction) {
        return new FailureResponse(null, mentorAction);
    }

    public Optional<Instant> retryAt() {
        return Optional.ofNullable(retryAt);
    }

    public MentorAction mentorAction() {
        return mentorAction;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FailureResponse that
                && Objects.equals(retryAt, that.retryAt)
                && mentorAction == that.mentorAction;
    }

    @Override
    public int hashCode() {
        return Objects.hash(retryAt, mentorAction);
    }

    @Override
    public String toString() {
        return "FailureResponse[retryAt=" + retryAt + ", mentorAction=" + mentorAction + "]";
    }
}
