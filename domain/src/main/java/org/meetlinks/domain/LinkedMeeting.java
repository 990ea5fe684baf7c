package org.meetlinks.domain;

import java.util.Objects;
import java.util.Optional;

/** The meeting a link leads to once it has one: its URL, who set it, and the provider's id when meetlinks made it. */
public final class LinkedMeeting {
    private final MeetingUrl url;
    private final String creatorId;
    private final String externalMeetingId;

    private LinkedMeeting(MeetingUrl url, String creatorId, String externalMeetingId) {
        this.url = Objects.requireNonNull(url, "url");
        this.creatorId = creatorId;
        this.externalMeetingId = externalMeetingId;
    }

    /** A meeting a provider made with the mentor's account. */
    static LinkedMeeting madeByProvider(MeetingUrl url, String creatorId, String externalMeetingId) {
        if (!url.platform().isProvider()) {
            throw new InvalidMeetingUrlException("a provider meeting needs a provider URL");
        }
        return new LinkedMeeting(
                url,
                Objects.requireNonNull(creatorId, "creatorId"),
                Objects.requireNonNull(externalMeetingId, "externalMeetingId"));
    }

    /** The mentor's own link: it names no provider meeting of ours, even a pasted Zoom or Meet URL (that is theirs). */
    static LinkedMeeting setByMentor(MeetingUrl url, String mentorId) {
        return new LinkedMeeting(url, Objects.requireNonNull(mentorId, "creatorId"), null);
    }

    /** The meeting of a stored link, when it has a URL (kept as stored, even without a creator). */
    static Optional<LinkedMeeting> restore(MeetingLinkSnapshot s) {
        return s.url()
                .map(u -> new LinkedMeeting(
                        u, s.creatorId().orElse(null), s.externalMeetingId().orElse(null)));
    }

    /** True when the URL is a Google Meet or Zoom one (whoever set it). */
    boolean onProviderPlatform() {
        return url.platform().isProvider();
    }

    /** The provider meeting behind the URL, when meetlinks made it. */
    Optional<ProviderMeeting> providerMeeting() {
        return externalMeetingId == null || !onProviderPlatform()
                ? Optional.empty()
                : Optional.of(new ProviderMeeting(url.platform(), externalMeetingId));
    }

    public MeetingUrl url() {
        return url;
    }

    /** Who set the URL: the mentor whose account made it, or who pasted it. */
    public Optional<String> creatorId() {
        return Optional.ofNullable(creatorId);
    }

    /** The provider's id of the meeting, when meetlinks made it. */
    public Optional<String> externalMeetingId() {
        return Optional.ofNullable(externalMeetingId);
    }
}
