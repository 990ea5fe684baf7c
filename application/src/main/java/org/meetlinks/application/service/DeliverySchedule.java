package org.meetlinks.application.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.meetlinks.application.port.out.NotificationKind;
import org.meetlinks.application.port.out.OutgoingNotification;
import org.meetlinks.domain.LinkStatus;

/**
 * When an outbox message goes out: a mentor's confirmation waits for the session's first meeting run, and a failed
 * send is tried again with a doubling delay, a bounded number of times.
 */
final class DeliverySchedule {
    static final int MAX_ATTEMPTS = 8;
    /** A failed send is tried again after this, doubling up to {@link #MAX_RETRY_DELAY}. */
    static final Duration FIRST_RETRY_DELAY = Duration.ofSeconds(30);

    static final Duration MAX_RETRY_DELAY = Duration.ofMinutes(30);
    /**
     * A mentor's confirmation waits this long after the session came in while its link is still PENDING, so that it
     * is written after the first meeting run (4.5 s by default): only then does it know whether the session is in
     * the mentor's Google Calendar (and so carries no invite of ours).
     */
    static final Duration MENTOR_CONFIRMATION_HOLD = Duration.ofSeconds(6);

    private DeliverySchedule() {}

    /** When a mentor's confirmation should wait for the session's first meeting run. */
    static Optional<Instant> heldUntil(OutgoingNotification n, Instant now) {
        if (n.kind() != NotificationKind.SESSION_CONFIRMED
                || !n.recipientIsMentor()
                || n.link().status() != LinkStatus.PENDING) {
            return Optional.empty();
        }
        Instant until = n.link().link().createdAt().plus(MENTOR_CONFIRMATION_HOLD);
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    /** Whether a message that failed on its {@code attempts}-th attempt is tried again. */
    static boolean retried(boolean retryable, int attempts) {
        return retryable && attempts < MAX_ATTEMPTS;
    }

    /** Exponential back-off for the given attempt number (1 = first retry). */
    static Duration retryDelay(int attempt) {
        Duration delay = FIRST_RETRY_DELAY;
        for (int i = 1; i < attempt && delay.compareTo(MAX_RETRY_DELAY) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : delay;
    }
}
