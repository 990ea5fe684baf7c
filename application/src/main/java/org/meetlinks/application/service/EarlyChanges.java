package org.meetlinks.application.service;

import java.util.Objects;
import org.meetlinks.application.port.out.HoldBookingChangesPort;
import org.meetlinks.application.port.out.LockSessionPort;
import org.meetlinks.domain.HeldBookingChange;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.SessionId;

/**
 * Booking changes that arrive before their session's confirmation: kept under the session's lock (so the
 * confirmation cannot slip past them), and applied to the session when its confirmation is stored.
 */
public final class EarlyChanges {
    private final LockSessionPort locks;
    private final HoldBookingChangesPort held;

    public EarlyChanges(LockSessionPort locks, HoldBookingChangesPort held) {
        this.locks = Objects.requireNonNull(locks, "locks");
        this.held = Objects.requireNonNull(held, "held");
    }

    /** Serializes this session's events until the caller's transaction ends. */
    void lock(SessionId sessionId) {
        locks.lockSession(sessionId);
    }

    void hold(HeldBookingChange change) {
        held.hold(change);
    }

    /** Applies (and forgets) the changes that came before the confirmation, in the order they arrived. */
    void applyHeld(MentoringSession session) {
        held.takeHeld(session.id()).forEach(change -> change.applyTo(session));
    }
}
