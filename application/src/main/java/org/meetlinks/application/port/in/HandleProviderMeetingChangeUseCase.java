package org.meetlinks.application.port.in;

import java.time.Instant;
import org.meetlinks.domain.Platform;

/** A provider says the account owner changed a meeting there (Zoom's meeting.deleted and meeting.updated events). */
public interface HandleProviderMeetingChangeUseCase {
    /**
     * The meeting was deleted at the provider: an upcoming session that had it gets a new meeting (same join URL),
     * and both people are told once. An unknown meeting changes nothing.
     *
     * @return true when a session's meeting is being recreated
     */
    boolean meetingDeleted(Platform platform, String externalMeetingId);

    /**
     * The meeting now starts at {@code startsAt} at the provider: when that is not the booked time, it is put back
     * to the booked time (the booking is the source of truth; a new meeting is made if it cannot be moved).
     *
     * @return true when the meeting was put back (or recreated)
     */
    boolean meetingMoved(Platform platform, String externalMeetingId, Instant startsAt);
}
