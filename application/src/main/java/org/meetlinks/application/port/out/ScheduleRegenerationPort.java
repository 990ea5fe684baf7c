package org.meetlinks.application.port.out;

import java.time.Instant;
import org.meetlinks.domain.MentorId;

/**
 * Makes a mentor's upcoming sessions that wait for a link (AWAITING_MANUAL_LINK) due for another attempt now and ends
 * their spell of failures: one bulk update of the stored links, not a change made through each MeetingLink.
 */
public interface ScheduleRegenerationPort {
    /** @return how many links were scheduled */
    int retryAwaitingLinksOf(MentorId mentorId, Instant now);
}
