package org.meetlinks.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The aggregate that gives one session its way to join: a stable join token from the start, and the meeting it leads
 * to ({@link LinkedMeeting}, null until then) once a provider or the mentor supplies one.
 */
public final class MeetingLink {
    private final UUID id;
    private final SessionId sessionId;
    private final JoinToken joinToken;
    private final Instant createdAt;
    private final long version;
    private LinkStatus status;
    private LinkedMeeting meeting;
    private final LinkGeneration generation;
    private Instant updatedAt;

    private MeetingLink(MeetingLinkSnapshot s) {
        this.id = s.id();
        this.sessionId = s.sessionId();
        this.joinToken = s.joinToken();
        this.createdAt = s.createdAt();
        this.version = s.version();
        this.status = s.status();
        this.meeting = LinkedMeeting.restore(s).orElse(null);
        this.generation = LinkGeneration.restore(s);
        this.updatedAt = s.updatedAt();
        if (status == LinkStatus.ACTIVE && meeting == null) {
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

    /** Takes the lease of a run ({@link LinkGeneration#claim}); false when the link needs no meeting or is leased. */
    public boolean claimGeneration(Instant now, Duration lease) {
        boolean claimed = status.needsMeeting() && generation.claim(now, lease);
        updatedAt = claimed ? now : updatedAt;
        return claimed;
    }

    /** Notes that a provider create is about to be sent: see {@link LinkGeneration#beginCreate}. */
    public boolean beginCreate() {
        return generation.beginCreate();
    }

    /** The run claimed last never started (no worker took it): see {@link LinkGeneration#unclaim}. */
    public void releaseUnstartedRun(boolean meetingMayExistBefore) {
        generation.unclaim(meetingMayExistBefore);
    }

    /** Stores the real meeting URL made by a provider for the mentor's account. */
    public void activate(MeetingUrl meetingUrl, String creator, String externalId, Instant now) {
        require(status.needsMeeting(), "activate");
        this.meeting = LinkedMeeting.madeByProvider(meetingUrl, creator, externalId);
        becomeActive(now);
    }

    /**
     * The mentor's own link ({@link LinkedMeeting#setByMentor}), while waiting for one or to replace a provider link.
     *
     * @return the provider meeting the manual link replaces (to be deleted at the provider), if there was one
     */
    public Optional<ProviderMeeting> setManualLink(MeetingUrl meetingUrl, String mentorId, Instant now) {
        require(status != LinkStatus.CANCELLED, "set a manual link on");
        Optional<ProviderMeeting> replaced = providerMeeting();
        this.meeting = LinkedMeeting.setByMentor(meetingUrl, mentorId);
        becomeActive(now);
        return replaced;
    }

    /** The provider meeting this link sends people to (made with the mentor's account), if it has one. */
    public Optional<ProviderMeeting> providerMeeting() {
        return status == LinkStatus.ACTIVE ? meeting.providerMeeting() : Optional.empty();
    }

    /** The provider meeting a cancelled link had (its id is kept so the meeting can be deleted), if it had one. */
    public Optional<ProviderMeeting> cancelledProviderMeeting() {
        return status == LinkStatus.CANCELLED ? meeting().flatMap(LinkedMeeting::providerMeeting) : Optional.empty();
    }

    private void require(boolean allowed, String action) {
        if (!allowed) {
            throw new IllegalLinkTransitionException(status, action);
        }
    }

    private void becomeActive(Instant now) {
        status = LinkStatus.ACTIVE;
        generation.succeed();
        updatedAt = now;
    }

    /**
     * A run ended without a meeting ({@link LinkGeneration#recordFailure}, which says what it returns): the session
     * keeps its join URL (the placeholder page), PENDING or, when {@link LinkGeneration#waitsForMentor},
     * AWAITING_MANUAL_LINK. {@code meetingMayExist}: a create of this run may have made the meeting unseen.
     */
    public boolean recordFailure(
            FailureKind kind, String reason, boolean meetingMayExist, FailureResponse response, Instant now) {
        require(status.needsMeeting(), "record a failed attempt on");
        boolean ask = generation.recordFailure(kind, reason, meetingMayExist, response, now);
        this.status = generation.waitsForMentor(response) ? LinkStatus.AWAITING_MANUAL_LINK : LinkStatus.PENDING;
        this.updatedAt = now;
        return ask;
    }

    /**
     * The provider account that made this active link is gone (the mentor removed meetlinks from it): the link goes
     * back to generation, keeping its join token, so the next attempt makes it on another platform (or a placeholder).
     */
    public void returnToGeneration(Instant now) {
        require(status == LinkStatus.ACTIVE && meeting.onProviderPlatform(), "regenerate the provider meeting of");
        status = LinkStatus.PENDING;
        meeting = null;
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
        return status == LinkStatus.ACTIVE ? Optional.of(meeting.url()) : Optional.empty();
    }
    /** The platform of the current URL, if there is one. */
    public Optional<Platform> platform() {
        return url().map(MeetingUrl::platform);
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
        return meeting().map(LinkedMeeting::url);
    }

    /** The meeting the link leads to, once it has one (kept after cancelling so it can be deleted). */
    public Optional<LinkedMeeting> meeting() {
        return Optional.ofNullable(meeting);
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
