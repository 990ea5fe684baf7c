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
        if (status == LinkStatus.ACTIVE && url == null) {
            throw new IllegalStateException("an active meeting link needs a URL");
        }
    }

    /** The link of a just-confirmed session: join token issued, provider meeting still to be made. */
    public static MeetingLink pending(SessionId sessionId, JoinToken joinToken, Instant now) {
        return new MeetingLink(new Snapshot(UUID.randomUUID(), sessionId, joinToken, LinkStatus.PENDING,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, Optional.empty(),
                Optional.empty(), now, now, 0L));
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
        if (status != LinkStatus.PENDING && status != LinkStatus.AWAITING_MANUAL_LINK) {
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

    /** Stores the real meeting URL made by a provider for the mentor's account. */
    public void activate(MeetingUrl meetingUrl, String creator, String externalId, Instant now) {
        if (status != LinkStatus.PENDING && status != LinkStatus.AWAITING_MANUAL_LINK) {
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

    /** The mentor's own link: allowed while waiting for one and to replace a provider link. */
    public void setManualLink(MeetingUrl meetingUrl, String mentorId, Instant now) {
        if (status == LinkStatus.CANCELLED) {
            throw new IllegalLinkTransitionException(status, "set a manual link on");
        }
        this.url = meetingUrl;
        this.creatorId = Objects.requireNonNull(mentorId, "creatorId");
        this.externalMeetingId = meetingUrl.platform() == Platform.MANUAL ? null : externalMeetingId;
        becomeActive(now);
    }

    private void becomeActive(Instant now) {
        status = LinkStatus.ACTIVE;
        failureReason = null;
        leaseUntil = null;
        nextAttemptAt = null;
        updatedAt = now;
    }

    /**
     * No provider link this time: the session keeps its join URL and waits for a manual link,
     * while a background retry may still succeed at {@code retryAt}.
     *
     * @return true when this is the first time the link went waiting (the mentor is told once)
     */
    public boolean awaitManualLink(String reason, Optional<Instant> retryAt, Instant now) {
        if (status != LinkStatus.PENDING && status != LinkStatus.AWAITING_MANUAL_LINK) {
            throw new IllegalLinkTransitionException(status, "wait for a manual link on");
        }
        boolean firstTime = status == LinkStatus.PENDING;
        status = LinkStatus.AWAITING_MANUAL_LINK;
        failureReason = truncate(Objects.requireNonNull(reason, "reason"));
        leaseUntil = null;
        nextAttemptAt = retryAt.orElse(null);
        updatedAt = now;
        return firstTime;
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
        updatedAt = now;
    }

    /** Asks for a fresh attempt soon (for example after the mentor reconnected an account). */
    public void retryNow(Instant now) {
        if (status == LinkStatus.AWAITING_MANUAL_LINK) {
            nextAttemptAt = now;
            updatedAt = now;
        }
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

    /** The stored version this state was loaded at (optimistic locking). */
    public long version() {
        return version;
    }

    /** Everything a stored link consists of; used to save and restore it. */
    public Snapshot snapshot() {
        return new Snapshot(id, sessionId, joinToken, status, url(), creatorId(), externalMeetingId(), failureReason(),
                attempts, leaseUntil(), nextAttemptAt(), createdAt, updatedAt, version);
    }

    /** The stored form of a meeting link. */
    public record Snapshot(UUID id, SessionId sessionId, JoinToken joinToken, LinkStatus status,
                           Optional<MeetingUrl> url, Optional<String> creatorId, Optional<String> externalMeetingId,
                           Optional<String> failureReason, int attempts, Optional<Instant> leaseUntil,
                           Optional<Instant> nextAttemptAt, Instant createdAt, Instant updatedAt, long version) {
    }
}
