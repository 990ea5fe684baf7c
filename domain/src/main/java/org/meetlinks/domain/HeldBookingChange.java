package org.meetlinks.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A cancellation or reschedule that arrived before its session's confirmation: kept, and applied to the session
 * when the confirmation comes (so the change is not lost and a cancelled session never gets a meeting).
 */
public sealed interface HeldBookingChange {

    SessionId sessionId();

    /** Applies this change to the just-confirmed session, before it is stored. */
    void applyTo(MentoringSession session);

    /** A BookingCancelled that came first. */
    record Cancellation(SessionId sessionId) implements HeldBookingChange {
        public Cancellation {
            Objects.requireNonNull(sessionId, "sessionId");
        }

        @Override
        public void applyTo(MentoringSession session) {
            session.cancel();
        }
    }

    /** A BookingRescheduled that came first. */
    record Move(SessionId sessionId, Instant startsAt, Instant endsAt, ZoneId timeZone, ChangeOrder order)
            implements HeldBookingChange {
        public Move {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(startsAt, "startsAt");
            Objects.requireNonNull(endsAt, "endsAt");
            Objects.requireNonNull(timeZone, "timeZone");
            Objects.requireNonNull(order, "order");
        }

        @Override
        public void applyTo(MentoringSession session) {
            session.reschedule(startsAt, endsAt, timeZone, order);
        }
    }
}
