package org.meetlinks.adapter.out.persistence;

import java.util.Optional;
import org.meetlinks.domain.FailureKind;
import org.meetlinks.domain.JoinToken;
import org.meetlinks.domain.LinkStatus;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MeetingLinkSnapshot;
import org.meetlinks.domain.MeetingLinkSnapshotBuilder;
import org.meetlinks.domain.MeetingUrl;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.SessionId;

/** Translates between meeting links and their rows. */
final class MeetingLinkMapper {
    private MeetingLinkMapper() {}

    static MeetingLink toDomain(MeetingLinkEntity e) {
        MeetingLinkSnapshotBuilder b = MeetingLinkSnapshot.builder(
                        e.id,
                        new SessionId(e.sessionId),
                        new JoinToken(e.joinToken),
                        LinkStatus.valueOf(e.status),
                        e.createdAt,
                        e.updatedAt,
                        e.version)
                .attempts(e.attempts)
                .meetingMayExist(e.meetingMayExist);
        Optional.ofNullable(e.url)
                .map(u -> MeetingUrl.of(Platform.valueOf(e.platform), u))
                .ifPresent(b::url);
        Optional.ofNullable(e.creatorId).ifPresent(b::creatorId);
        Optional.ofNullable(e.externalMeetingId).ifPresent(b::externalMeetingId);
        Optional.ofNullable(e.failureReason).ifPresent(b::failureReason);
        Optional.ofNullable(e.leaseUntil).ifPresent(b::leaseUntil);
        Optional.ofNullable(e.nextAttemptAt).ifPresent(b::nextAttemptAt);
        Optional.ofNullable(e.lastFailure).map(FailureKind::valueOf).ifPresent(b::lastFailure);
        Optional.ofNullable(e.failingSince).ifPresent(b::failingSince);
        Optional.ofNullable(e.mentorAskedAt).ifPresent(b::mentorAskedAt);
        return MeetingLink.restore(b.build());
    }

    /** Copies everything but identity and version onto a row. */
    static void copyState(MeetingLink link, MeetingLinkEntity e) {
        MeetingLinkSnapshot s = link.snapshot();
        e.status = s.status().name();
        e.platform = s.url().map(u -> u.platform().name()).orElse(null);
        e.url = s.url().map(MeetingUrl::value).orElse(null);
        e.creatorId = s.creatorId().orElse(null);
        e.externalMeetingId = s.externalMeetingId().orElse(null);
        e.failureReason = s.failureReason().orElse(null);
        e.attempts = s.attempts();
        e.leaseUntil = s.leaseUntil().orElse(null);
        e.nextAttemptAt = s.nextAttemptAt().orElse(null);
        e.updatedAt = s.updatedAt();
        e.meetingMayExist = s.meetingMayExist();
        e.lastFailure = s.lastFailure().map(FailureKind::name).orElse(null);
        e.failingSince = s.failingSince().orElse(null);
        e.mentorAskedAt = s.mentorAskedAt().orElse(null);
    }
}
