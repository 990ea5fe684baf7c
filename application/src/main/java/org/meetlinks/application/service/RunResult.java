package org.meetlinks.application.service;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.meetlinks.application.port.out.CreatedMeeting;
import org.meetlinks.domain.FailedCall;
import org.meetlinks.domain.FailureKind;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.Platform;

/** How a run of attempts at a session's meeting ended; each kind of ending knows how it is recorded. */
sealed interface RunResult {

    /** Stores this ending for {@code session}. */
    void record(LinkOutcomes outcomes, MentoringSession session);

    /** The failure, when the run (or attempt) ended without a meeting. */
    Optional<Failed> failure();

    /**
     * The provider made the meeting.
     *
     * @param mayBeEarlier whether the meeting may be one an earlier create made (found by a lookup, or an idempotent
     *                     create's first result), with the times the session had then
     */
    record Made(Platform platform, CreatedMeeting meeting, Duration providerTime, boolean mayBeEarlier)
            implements RunResult {
        public Made {
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(meeting, "meeting");
            Objects.requireNonNull(providerTime, "providerTime");
        }

        @Override
        public void record(LinkOutcomes outcomes, MentoringSession session) {
            outcomes.made(session, this);
        }

        @Override
        public Optional<Failed> failure() {
            return Optional.empty();
        }
    }

    /**
     * No meeting this run.
     *
     * @param providerDelay   the wait the provider asked for before trying again (zero: it asked for none)
     * @param meetingMayExist whether a create may have made the meeting although no answer said so
     */
    record Failed(FailureKind kind, String reason, Duration providerDelay, boolean meetingMayExist)
            implements RunResult {
        public Failed {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(providerDelay, "providerDelay");
        }

        /** The failure as the failure policy weighs it (a zero delay: the provider asked for no pause). */
        FailedCall call() {
            return providerDelay.isZero() ? FailedCall.of(kind) : FailedCall.askingToWait(kind, providerDelay);
        }

        @Override
        public void record(LinkOutcomes outcomes, MentoringSession session) {
            outcomes.failed(session, this);
        }

        @Override
        public Optional<Failed> failure() {
            return Optional.of(this);
        }
    }
}
