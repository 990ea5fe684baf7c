package org.meetlinks.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The aggregate that gives one session its way to join: a stable join token from the start,
 * and the real meeting URL once a provider (or the mentor) supplies one.
 */
public final class MeetingLink {
    private static final int MAX_REASON = 500;

    private final UUID id;
    private final SessionId sessionId;
    private final JoinToken joinToken;
    private final Instant createdAt;
    private final long version;
    private LinkStatus status;
    private MeetingUrl url;
    private String creatorId;
    private String externalMeetingId;
    private String failureReason;
    private int attempts;
    private Instant leaseUntil;
    private Instant nextAttemptAt;
    private Instant updatedAt;
    private boolean meetingMayExist;
    private FailureKind lastFailure;
    private Instant failingSince;
    private Instant mentorAskedAt;

    private MeetingLink(Snapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.sessionId = Objects.requireNonNull(s.sessionId(), "sessionId");
        this.joinToken = Objects.requireNonNull(s.joinToken(), "joinToken");
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.version = s.version();
        this.status = Objects.requireNonNull(s.status(), "status");
        this.url = s.url().orElse(null);
        this.creatorId = s.creatorId().orElse(null);
        this.externalMeetingId = s.externalMeetingId().orElse(null);
        this.failureReason = s.failureReason().orElse(null);
        this.attempts = s.attempts();
        this.leaseUntil = s.leaseUntil().orElse(null);
        this.nextAttemptAt = s.nextAttemptAt().orElse(null);
        this.updatedAt = Objects.requireNonNull(s.updatedAt(), "updatedAt");
        this.meetingMayExist = s.meetingMayExist();
        this.lastFailure = s.lastFailure().orElse(null);
        this.failingSince = s.failingSince().orElse(null);
        this.mentorAskedAt = s.mentorAskedAt().orElse(null);
        if (status == LinkStatus.ACTIVE && url == null) {
            throw new IllegalStateException("an active meeting link needs a URL");
        }
    }

    /** The link of a just-confirmed session: join token issued, provider meeting still to be made. */
    public static MeetingLink pending(SessionId sessionId, JoinToken joinToken, Instant now) {
        return new MeetingLink(new Snapshot(UUID.randomUUID(), sessionId, joinToken, LinkStatus.PENDING,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, Optional.empty(),
                Optional.empty(), now, now, 0L, false, Optional.empty(), Optional.empty(), Optional.empty()));
    }

    /** Rebuilds a stored link. */
    public static MeetingLink restore(Snapshot snapshot) {
        return new MeetingLink(snapshot);
    }

    /**
     * Takes the right to create the provider meeting for the next {@code lease}, so that two
     * deliveries of one booking (or two instances) never both call the provider.
     *
     * @return false when the link does not need a meeting or someone else holds the lease
     */
    public boolean claimGeneration(Instant now, Duration lease) {
        if (!needsMeeting()) {
            return false;
        }
        if (leaseUntil != null && leaseUntil.isAfter(now)) {
            return false;
        }
        attempts++;
        leaseUntil = now.plus(lease);
        updatedAt = now;
        return true;
    }

    /** True while the session still waits for its meeting (automatic attempts, or the mentor's action). */
    public boolean needsMeeting() {
        return status == LinkStatus.PENDING || status == LinkStatus.AWAITING_MANUAL_LINK;
    }

    /**
     * Notes that a provider create is about to be sent, so that a crash or an unanswered call leaves a trace.
     *
     * @return true when an earlier create's outcome was never seen: the meeting may already exist at the provider
     *         and must be looked up before another is made (providers without an idempotency key need this)
     */
    public boolean beginCreate() {
        boolean mayExist = meetingMayExist;
        meetingMayExist = true;
        return mayExist;
    }

    /** Stores the real meeting URL made by a provider for the mentor's account. */
    public void activate(MeetingUrl meetingUrl, String creator, String externalId, Instant now) {
        if (!needsMeeting()) {
            throw new IllegalLinkTransitionException(status, "activate");
        }
        if (!meetingUrl.platform().isProvider()) {
            throw new InvalidMeetingUrlException("a provider meeting needs a provider URL");
        }
        this.url = meetingUrl;
        this.creatorId = Objects.requireNonNull(creator, "creatorId");
        this.externalMeetingId = Objects.requireNonNull(externalId, "externalMeetingId");
        becomeActive(now);
    }

    /**
     * The mentor's own link: allowed while waiting for one and to replace a provider link. The link then names no
     * provider meeting of ours (even when the mentor pasted a Zoom or Meet URL: that meeting is theirs).
     *
     * @return the provider meeting the manual link replaces (to be deleted at the provider), if there was one
     */
    public Optional<ProviderMeeting> setManualLink(MeetingUrl meetingUrl, String mentorId, Instant now) {
        if (status == LinkStatus.CANCELLED) {
            throw new IllegalLinkTransitionException(status, "set a manual link on");
        }
        Optional<ProviderMeeting> replaced = providerMeeting();
        this.url = meetingUrl;
        this.creatorId = Objects.requireNonNull(mentorId, "creatorId");
        this.externalMeetingId = null;
        becomeActive(now);
        return replaced;
    }

    /** The provider meeting this link sends people to (made with the mentor's account), if it has one. */
    public Optional<ProviderMeeting> providerMeeting() {
        if (status != LinkStatus.ACTIVE || externalMeetingId == null || !url.platform().isProvider()) {
            return Optional.empty();
        }
        return Optional.of(new ProviderMeeting(url.platform(), externalMeetingId));
    }

    /** A meeting made at a provider: its platform and the provider's id for it. */
    public record ProviderMeeting(Platform platform, String externalMeetingId) {
        public ProviderMeeting {
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(externalMeetingId, "externalMeetingId");
        }
    }

    private void becomeActive(Instant now) {
        status = LinkStatus.ACTIVE;
        failureReason = null;
        leaseUntil = null;
        nextAttemptAt = null;
        meetingMayExist = false;
        lastFailure = null;
        failingSince = null;
        mentorAskedAt = null;
        updatedAt = now;
    }

    /**
     * A run of attempts ended without a meeting. The session keeps its join URL (the placeholder page); it stays
     * PENDING while automatic attempts are expected to succeed, and waits for its mentor (AWAITING_MANUAL_LINK) once
     * they are asked to act; the background tries again at the response's time either way.
     *
     * @param meetingMayExist whether a create of this run may have made the meeting although no answer said so
     * @return true when the mentor is to be asked to add a link now: the first time in this spell of failures
     */
    public boolean recordFailure(FailureKind kind, String reason, boolean meetingMayExist, FailureResponse response,
                                 Instant now) {
        if (!needsMeeting()) {
            throw new IllegalLinkTransitionException(status, "record a failed attempt on");
        }
        this.lastFailure = Objects.requireNonNull(kind, "kind");
        this.failureReason = truncate(Objects.requireNonNull(reason, "reason"));
        this.meetingMayExist = meetingMayExist;
        this.failingSince = failingSince == null ? now : failingSince;
        this.status = response.mentorAction() == MentorAction.NONE && mentorAskedAt == null
                ? LinkStatus.PENDING : LinkStatus.AWAITING_MANUAL_LINK;
        this.leaseUntil = null;
        this.nextAttemptAt = response.retryAt().orElse(null);
        this.updatedAt = now;
        boolean ask = response.mentorAction() == MentorAction.ADD_LINK && mentorAskedAt == null;
        if (ask) {
            mentorAskedAt = now;
        }
        return ask;
    }

    /**
     * The provider account that made this link is gone (the mentor removed meetlinks from it): the link goes back to
     * generation, keeping its join token, so the next attempt makes it on another platform (or a placeholder).
     *
     * @throws IllegalLinkTransitionException unless the link is active with a provider meeting
     */
    public void returnToGeneration(Instant now) {
        if (status != LinkStatus.ACTIVE || !url.platform().isProvider()) {
            throw new IllegalLinkTransitionException(status, "regenerate the provider meeting of");
        }
        status = LinkStatus.PENDING;
        url = null;
        creatorId = null;
        externalMeetingId = null;
        failureReason = null;
        leaseUntil = null;
        nextAttemptAt = now;
        meetingMayExist = false;
        lastFailure = null;
        failingSince = null;
        mentorAskedAt = null;
        updatedAt = now;
    }

    /** Ends the link with its session; the provider meeting id is kept so it can be deleted. */
    public boolean cancel(Instant now) {
        if (status == LinkStatus.CANCELLED) {
            return false;
        }
        status = LinkStatus.CANCELLED;
        leaseUntil = null;
        nextAttemptAt = null;
        updatedAt = now;
        return true;
    }

    private static String truncate(String reason) {
        return reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
    }

    /** Where the join URL should send people right now, if anywhere. */
    public Optional<MeetingUrl> joinTarget() {
        return status == LinkStatus.ACTIVE ? Optional.of(url) : Optional.empty();
    }

    /** The platform of the current URL, if there is one. */
    public Optional<Platform> platform() {
        return Optional.ofNullable(url).map(MeetingUrl::platform);
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

    /** True when a create was sent whose outcome was never seen (look the meeting up before making another). */
    public boolean meetingMayExist() {
        return meetingMayExist;
    }

    /** Why the last run failed, while the session still waits for its meeting. */
    public Optional<FailureKind> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    /** When the current spell of failed runs began. */
    public Optional<Instant> failingSince() {
        return Optional.ofNullable(failingSince);
    }

    /** When the mentor was asked to add a link in the current spell (asked once, not per attempt). */
    public Optional<Instant> mentorAskedAt() {
        return Optional.ofNullable(mentorAskedAt);
    }

    /** The stored version this state was loaded at (optimistic locking). */
    public long version() {
        return version;
    }

    /** Everything a stored link consists of; used to save and restore it. */
    public Snapshot snapshot() {
        return new Snapshot(id, sessionId, joinToken, status, url(), creatorId(), externalMeetingId(), failureReason(),
                attempts, leaseUntil(), nextAttemptAt(), createdAt, updatedAt, version, meetingMayExist, lastFailure(),
                failingSince(), mentorAskedAt());
    }

    /** The stored form of a meeting link. */
    public record Snapshot(UUID id, SessionId sessionId, JoinToken joinToken, LinkStatus status,
                           Optional<MeetingUrl> url, Optional<String> creatorId, Optional<String> externalMeetingId,
                           Optional<String> failureReason, int attempts, Optional<Instant> leaseUntil,
                           Optional<Instant> nextAttemptAt, Instant createdAt, Instant updatedAt, long version,
                           boolean meetingMayExist, Optional<FailureKind> lastFailure, Optional<Instant> failingSince,
                           Optional<Instant> mentorAskedAt) {
    }
}
