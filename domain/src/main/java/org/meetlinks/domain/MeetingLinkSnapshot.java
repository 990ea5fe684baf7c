package org.meetlinks.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The stored form of a meeting link: everything it consists of; used to save and restore it. */
public record MeetingLinkSnapshot(UUID id, SessionId sessionId, JoinToken joinToken, LinkStatus status,
                                  Optional<MeetingUrl> url, Optional<String> creatorId,
                                  Optional<String> externalMeetingId, Optional<String> failureReason, int attempts,
                                  Optional<Instant> leaseUntil, Optional<Instant> nextAttemptAt, Instant createdAt,
                                  Instant updatedAt, long version, boolean meetingMayExist,
                                  Optional<FailureKind> lastFailure, Optional<Instant> failingSince,
                                  Optional<Instant> mentorAskedAt) {

    /** A new link: join token issued, no meeting, no run yet. */
    static MeetingLinkSnapshot pending(SessionId sessionId, JoinToken joinToken, Instant now) {
        return new MeetingLinkSnapshot(UUID.randomUUID(), sessionId, joinToken, LinkStatus.PENDING, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 0, Optional.empty(), Optional.empty(), now, now,
                0L, false, Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The link as it stands. */
    static MeetingLinkSnapshot of(MeetingLink link) {
        LinkGeneration g = link.generation();
        return new MeetingLinkSnapshot(link.id(), link.sessionId(), link.joinToken(), link.status(), link.url(),
                link.creatorId(), link.externalMeetingId(), g.failureReason(), g.attempts(), g.leaseUntil(),
                g.nextAttemptAt(), link.createdAt(), link.updatedAt(), link.version(), g.meetingMayExist(),
                g.lastFailure(), g.failingSince(), g.mentorAskedAt());
    }
}
