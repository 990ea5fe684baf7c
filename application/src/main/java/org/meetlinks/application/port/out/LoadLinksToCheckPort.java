package org.meetlinks.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.SessionId;

/** Finds the sessions whose provider meetings the pre-session check reads. */
public interface LoadLinksToCheckPort {
    /**
     * Confirmed sessions starting after {@code after} and not later than {@code until} whose link is ACTIVE with a
     * provider meeting, earliest start first.
     */
    List<LinkToCheck> loadLinksToCheck(Instant after, Instant until, int limit);

    /** The session whose active link is the provider meeting {@code externalMeetingId} on {@code platform}. */
    Optional<SessionId> findSessionByMeeting(Platform platform, String externalMeetingId);
}
