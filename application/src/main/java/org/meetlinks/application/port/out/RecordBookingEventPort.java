package org.meetlinks.application.port.out;

import org.meetlinks.domain.SessionId;

/** Remembers which booking events were handled, so a redelivery changes nothing. */
public interface RecordBookingEventPort {
    /** @return false when the event id was seen before (also when a concurrent delivery just recorded it) */
    boolean recordIfNew(String eventId, SessionId sessionId, String eventType);
}
