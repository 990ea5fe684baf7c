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
    private final UUID id;
    private final SessionId sessionId;
    private final JoinToken joinToken;
    private final Instant createdAt;
    private final long version;
    private LinkStatus status;
    private MeetingUrl url;
    private String creatorId;
    private String externalMeetingId;
    private final LinkGeneration generation;
    private Instant updatedAt;

    private MeetingLink(MeetingLinkSnapshot s) {
        this.id = Objects.requireNonNull(s.id(), "id");
        this.sessionId = Objects.requireNonNull(s.sessionId(), "sessionId");
        this.joinToken = Objects.requireNonNull(s.joinToken(), "joinToken");
        this.createdAt = Objects.requireNonNull(s.createdAt(), "createdAt");
        this.version = s.version();
        this.status = Objects.requireNonNull(s.status(), "status");
        this.url = s.url().orElse(null);
        this.creatorId = s.creatorId().orElse(null);
        this.externalMeetingId = s.externalMeetingId().orElse(null);
        this.generation = LinkGeneration.restore(s);
        this.updatedAt = Objects.requireNonNull(s.updatedAt(), "updatedAt");
        if (status == LinkStatus.ACTIVE && url == null) {
            throw new IllegalStateException("an active meeting link needs a URL");
        }
    }

    /** The link of a just-confirmed session: join token issued, provider meeting still to be made. */
    public static MeetingLink pending(SessionId sessionId, JoinToken joinToken, Instant now) {
        return new MeetingLink(MeetingLinkSnapshot.pending(sessionId, joinToken, now));
    }

    /** Rebuilds a stored link. */
    public static MeetingLink restore(MeetingLinkSnapshot snapshot) {
        return new MeetingLink(snapshot);
    }

    /**
     * Takes the right to create the provider meeting for the next {@code lease}, so that two
     * deliveries of one booking (or two instances) never both call the provider.
     *
     * @return false when the link does not need a meeting or someone else holds the lease
     */
    public boolean claimGeneration(Instant now, Duration lease) {
        if (!needsMeeting() || !generation.claim(now, lease)) {
            return false;
        }
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
        return generation.beginCreate();
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
        return status == LinkStatus.ACTIVE ? madeMeeting() : Optional.empty();
    }

    /** The provider meeting a cancelled link had (its id is kept so the meeting can be deleted), if it had one. */
    public Optional<ProviderMeeting> cancelledProviderMeeting() {
        return status == LinkStatus.CANCELLED ? madeMeeting() : Optional.empty();
    }

    private Optional<ProviderMeeting> madeMeeting() {
        if (externalMeetingId == null || url == null || !url.platform().isProvider()) {
            return Optional.empty();
        }
        return Optional.of(new ProviderMeeting(url.platform(), externalMeetingId));
    }

    private void becomeActive(Instant now) {
        status = LinkStatus.ACTIVE;
        generation.succeed();
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
        boolean askedBefore = generation.mentorAskedAt().isPresent();
        boolean ask = generation.recordFailure(kind, reason, meetingMayExist, response, now);
        this.status = response.mentorAction() == MentorAction.NONE && !askedBefore
                ? LinkStatus.PENDING : LinkStatus.AWAITING_MANUAL_LINK;
        this.updatedAt = now;
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
        generation.restartAt(now);
        updatedAt = now;
    }

    /** Ends the link with its session; the provider meeting id is kept so it can be deleted. */
    public boolean cancel(Instant now) {
        if (status == LinkStatus.CANCELLED) {
            return false;
        }
        status = LinkStatus.CANCELLED;
        generation.stop();
        updatedAt = now;
        return true;
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

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** How the making of the provider meeting stands: runs, lease, retries and the current spell of failures. */
    public LinkGeneration generation() {
        return generation;
    }

    /** The stored version this state was loaded at (optimistic locking). */
    public long version() {
        return version;
    }

    /** Everything a stored link consists of; used to save and restore it. */
    public MeetingLinkSnapshot snapshot() {
        return MeetingLinkSnapshot.of(this);
    }
}
