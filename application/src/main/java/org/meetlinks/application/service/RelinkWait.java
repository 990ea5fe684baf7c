package org.meetlinks.application.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.meetlinks.application.port.out.CountBacklogPort;
import org.meetlinks.application.port.out.RunTransactionPort;
import org.meetlinks.domain.MentorId;

/**
 * After an emailed reconnect, waits a moment (at most {@code budget}) for the regenerated sessions to get their links,
 * so the page the mentor lands on can say how many have one.
 */
public record RelinkWait(CountBacklogPort backlog, Pauses pauses, Duration budget) {
    static final Duration POLL = Duration.ofMillis(200);

    public RelinkWait {
        Objects.requireNonNull(backlog, "backlog");
        Objects.requireNonNull(pauses, "pauses");
        Objects.requireNonNull(budget, "budget");
    }

    /** How many of the {@code waiting} sessions of the mentor have a real link now (0 to {@code waiting}). */
    int linked(MentorId mentorId, int waiting, RunTransactionPort transactions, Clock clock) {
        if (waiting == 0) {
            return 0;
        }
        Instant until = clock.instant().plus(budget);
        long stillWaiting = count(mentorId, transactions, clock);
        while (stillWaiting > 0 && clock.instant().isBefore(until)) {
            pauses.pause(POLL);
            stillWaiting = count(mentorId, transactions, clock);
        }
        return (int) Math.max(0, Math.min(waiting, waiting - stillWaiting));
    }

    private long count(MentorId mentorId, RunTransactionPort transactions, Clock clock) {
        return transactions.inTransaction(() -> backlog.countSessionsWaitingForLink(mentorId, clock.instant()));
    }
}
