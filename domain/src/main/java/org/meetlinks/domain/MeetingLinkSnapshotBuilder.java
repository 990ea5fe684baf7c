package org.meetlinks.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** Collects a snapshot's parts; each part a link may lack is set only when the link has it. */
public final class MeetingLinkSnapshotBuilder {
    final UUID id;
    final SessionId sessionId;
    final JoinToken joinToken;
    final LinkStatus status;
    final Instant createdAt;
    final Instant updatedAt;
    long version;
    MeetingUrl url;
    String creatorId;
    String externalMeetingId;
    String failureReason;
    int attempts;
    Instant leaseUntil;
    Instant nextAttemptAt;
    boolean meetingMayExist;
    FailureKind lastFailure;
    Instant failingSince;
    Instant mentorAskedAt;

    MeetingLinkSnapshotBuilder(
            UUID id,
            SessionId sessionId,
            JoinToken joinToken,
            LinkStatus status,
            Instant createdAt,
            Instant updatedAt,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
        this.joinToken = Objects.requireNonNull(joinToken, "joinToken");
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = version;
    }

    /** The parts of a link as it stands. */
    static MeetingLinkSnapshotBuilder from(MeetingLink link) {
        LinkGeneration g = link.generation();
        MeetingLinkSnapshotBuilder b = new MeetingLinkSnapshotBuilder(
                        link.id(),
                        link.sessionId(),
                        link.joinToken(),
                        link.status(),
                        link.createdAt(),
                        link.updatedAt(),
                        link.version())
                .attempts(g.attempts())
                .meetingMayExist(g.meetingMayExist());
        link.meeting().ifPresent(m -> {
            b.url(m.url());
            m.creatorId().ifPresent(b::creatorId);
            m.externalMeetingId().ifPresent(b::externalMeetingId);
        });
        g.failureReason().ifPresent(b::failureReason);
        g.leaseUntil().ifPresent(b::leaseUntil);
        g.nextAttemptAt().ifPresent(b::nextAttemptAt);
        g.lastFailure().ifPresent(b::lastFailure);
        g.failingSince().ifPresent(b::failingSince);
        g.mentorAskedAt().ifPresent(b::mentorAskedAt);
        return b;
    }

    MeetingLinkSnapshotBuilder version(long value) {
        this.version = value;
        return this;
    }

    public MeetingLinkSnapshotBuilder url(MeetingUrl value) {
        this.url = Objects.requireNonNull(value, "url");
        return this;
    }

    public MeetingLinkSnapshotBuilder creatorId(String value) {
        this.creatorId = Objects.requireNonNull(value, "creatorId");
        return this;
    }

    public MeetingLinkSnapshotBuilder externalMeetingId(String value) {
        this.externalMeetingId = Objects.requireNonNull(value, "externalMeetingId");
        return this;
    }

    public MeetingLinkSnapshotBuilder failureReason(String value) {
        this.failureReason = Objects.requireNonNull(value, "failureReason");
        return this;
    }

    public MeetingLinkSnapshotBuilder attempts(int value) {
        this.attempts = value;
        return this;
    }

    public MeetingLinkSnapshotBuilder leaseUntil(Instant value) {
        this.leaseUntil = Objects.requireNonNull(value, "leaseUntil");
        return this;
    }

    public MeetingLinkSnapshotBuilder nextAttemptAt(Instant value) {
        this.nextAttemptAt = Objects.requireNonNull(value, "nextAttemptAt");
        return this;
    }

    public MeetingLinkSnapshotBuilder meetingMayExist(boolean value) {
        this.meetingMayExist = value;
        return this;
    }

    public MeetingLinkSnapshotBuilder lastFailure(FailureKind value) {
        this.lastFailure = Objects.requireNonNull(value, "lastFailure");
        return this;
    }

    public MeetingLinkSnapshotBuilder failingSince(Instant value) {
        this.failingSince = Objects.requireNonNull(value, "failingSince");
        return this;
    }

    public MeetingLinkSnapshotBuilder mentorAskedAt(Instant value) {
        this.mentorAskedAt = Objects.requireNonNull(value, "mentorAskedAt");
        return this;
    }

    public MeetingLinkSnapshot build() {
        return new MeetingLinkSnapshot(this);
    }
}
