package org.meetlinks.application.port.out;

import java.time.Instant;
import java.util.List;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;

/** Finds a mentor's links that a provider account made, for confirmed sessions that have not ended. */
public interface LoadUpcomingProviderLinksPort {
    /** Active links on {@code platform} with a provider meeting, of the mentor's sessions ending after {@code now}. */
    List<MeetingLink> loadUpcomingProviderLinks(MentorId mentorId, Platform platform, Instant now);
}
