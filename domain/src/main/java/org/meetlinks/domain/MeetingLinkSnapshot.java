package org.meetlinks.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The stored form of a meeting link: everything it consists of; used to save and restore it. */
public final class MeetingLinkSnapshot {
    private final UUID id;
    private final SessionId sessionId;
    private final JoinToken joinToken;
    private final LinkStatus status;
    private final MeetingUrl url;
    private final String creatorId;
    private final String externalMeetingId;
    private final String failureReason;
    private final int attempts;
    private final Instant leaseUntil;
    private final Instant nextAttemptAt;
    private final Instant createdAt;
    private final Instant updatedAt;
    private final long version;
    private final boolean meetingMayExist;
    private final FailureKind lastFailure;
    private final Instant failingSince;
    private final Instant mentorAskedAt;

    MeetingLinkSnapshot(MeetingLinkSnapshotBuilder b) {
        this.id = b.id;
        this.sessionId = b.sessionId;
        this.joinToken = b.joinToken;
        this.status = b.status;
        this.url = b.url;
        this.creatorId = b.creatorId;
        this.externalMeetingId = b.externalMeetingId;
        this.failureReason = b.failureReason;
        this.attempts = b.attempts;
        this.leaseUntil = b.leaseUntil;
        this.nextAttemptAt = b.nextAttemptAt;
        this.createdAt = b.createdAt;
        this.updatedAt = b.updatedAt;
        this.version = b.version;
        this.meetingMayExist = b.meetingMayExist;
        this.lastFailure = b.lastFailure;
        this.failingSince = b.failingSince;
        this.mentorAskedAt = b.mentorAskedAt;
    }

    /**
     * Starts a snapshot from what every link has; the parts a link may lack are absent until set on the builder.
     */
    public static MeetingLinkSnapshotBuilder builder(
            UUID id,
            SessionId sessionId,
            JoinToken joinToken,
            LinkStatus status,
            Instant createdAt,
            Instant updatedAt,
            long version) {
        return new MeetingLinkSnapshotBuilder(id, sessionId, joinToken, status, createdAt, updatedAt, version);
    }

    /** A new link: join token issued, no meeting, no run yet. */
    static MeetingLinkSnapshot pending(SessionId sessionId, JoinToken joinToken, Instant now) {
        return builder(UUID.randomUUID(), sessionId, joinToken, LinkStatus.PENDING, now, now, 0L)
                .build();
    }

    /** The link as it stands. */
    static MeetingLinkSnapshot of(MeetingLink link) {
        return MeetingLinkSnapshotBuilder.from(link).build();
    }

    /** The same state at another stored version (a store that saves it gives it the next one). */
    public MeetingLinkSnapshot withVersion(long newVersion) {
        return MeetingLinkSnapshotBuilder.from(MeetingLink.restore(this))
                .version(newVersion)
                .build();
    }

    public UUID id() {
        return id;
    }

    public SessionId sessionId() {
        return sessionId;
    }

    public JoinToken joinToken() {
        return joinToken;
    }

    public LinkStatus status() {
        return status;
    }

    public Optional<MeetingUrl> url() {
        return Optional.ofNullable(url);
    }

    public Optional<String> creatorId() {
        return Optional.ofNullable(creatorId);
    }

    public Optional<String> externalMeetingId() {
        return Optional.ofNullable(externalMeetingId);
    }

    public Optional<String> failureReason() {
        return Optional.ofNullable(failureReason);
    }

    public int attempts() {
        return attempts;
    }

    public Optional<Instant> leaseUntil() {
        return Optional.ofNullable(leaseUntil);
    }

    public Optional<Instant> nextAttemptAt() {
        return Optional.ofNullable(nextAttemptAt);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    public boolean meetingMayExist() {
        return meetingMayExist;
    }

    public Optional<FailureKind> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    public Optional<Instant> failingSince() {
        return Optional.ofNullable(failingSince);
    }

    public Optional<Instant> mentorAskedAt() {
        return Optional.ofNullable(mentorAskedAt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MeetingLinkSnapshot s && state().equals(s.state());
    }

    @Override
    public int hashCode() {
        return state().hashCode();
    }

    /** Every field, in one list, so equality and hashing cannot drift apart when a field is added. */
    private List<Object> state() {
        return Arrays.asList(
                id,
                sessionId,
                joinToken,
                status,
                url,
                creatorId,
                externalMeetingId,
                failureReason,
                attempts,
                leaseUntil,
                nextAttemptAt,
                createdAt,
                updatedAt,
                version,
                meetingMayExist,
                lastFailure,
                failingSince,
                mentorAskedAt);
    }

    @Override
    public String toString() {
        return "MeetingLinkSnapshot[id=" + id + ", sessionId=" + sessionId + ", status=" + status + ", version="
                + version + ", attempts=" + attempts + "]";
    }
}
