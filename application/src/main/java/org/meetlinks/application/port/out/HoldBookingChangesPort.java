package org.meetlinks.application.port.out;

import java.util.List;
import org.meetlinks.domain.HeldBookingChange;
import org.meetlinks.domain.SessionId;

/** Keeps cancellations and reschedules that arrived before their session's confirmation, until it comes. */
public interface HoldBookingChangesPort {

    void hold(HeldBookingChange change);

    /** Removes the session's held changes and returns them in the order they arrived. */
    List<HeldBookingChange> takeHeld(SessionId sessionId);
}
