package org.meetlinks.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.meetlinks.domain.JoinToken;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.SessionId;

/** Reads stored meeting links. */
public interface LoadMeetingLinkPort {
    Optional<MeetingLink> loadLinkForSession(SessionId sessionId);

    Optional<MeetingLink> loadLinkByJoinToken(JoinToken joinToken);

    /**
     * Sessions whose link should be (re)generated now: waiting links whose next attempt is due,
     * claimed links whose lease ran out, and pending links nobody claimed since {@code unclaimedBefore}.
     */
    List<SessionId> findSessionsDueForGeneration(Instant now, Instant unclaimedBefore, int limit);
}
