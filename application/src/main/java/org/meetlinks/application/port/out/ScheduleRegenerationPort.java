package org.meetlinks.application.port.out;

import java.time.Instant;
import org.meetlinks.domain.MentorId;

/** Makes a mentor's upcoming sessions that wait for a link due for another attempt now. */
public interface ScheduleRegenerationPort {
    /** @return how many links were scheduled */
    int retryAwaitingLinksOf(MentorId mentorId, Instant now);
}
