package org.meetlinks.application.port.out;

import java.time.Instant;
import java.util.Map;
import org.meetlinks.domain.LinkStatus;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;

/** Counts open link work in storage. */
public interface CountBacklogPort {
    /** Links in this status whose confirmed session ends after {@code now}. */
    long countLinks(LinkStatus status, Instant now);

    /** The mentor's confirmed sessions that end after {@code now} and still have no real link. */
    long countSessionsWaitingForLink(MentorId mentorId, Instant now);

    /** Connections in NEEDS_RECONNECT, per platform (platforms without any are absent). */
    Map<Platform, Long> countConnectionsNeedingReconnect();
}
