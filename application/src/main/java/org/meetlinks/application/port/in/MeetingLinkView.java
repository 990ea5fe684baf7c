package org.meetlinks.application.port.in;

import java.util.Objects;
import java.util.Optional;
import org.meetlinks.domain.LinkStatus;
import org.meetlinks.domain.LinkedMeeting;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MeetingUrl;
import org.meetlinks.domain.Platform;

/**
 * What mentor and mentee see of a session's link: the stable join URL and, when known, the real one. The creator and
 * the failure reason are the mentor's (and admins') to see; {@code statusText} is written for the one who reads it.
 */
public final class MeetingLinkView {
    private final String sessionId;
    private final String joinUrl;
    private final MeetingUrl url;
    private final LinkStatus status;
    private final String creatorId;
    private final String failureReason;
    private final String statusText;

    private MeetingLinkView(MeetingLink link, String joinUrl, String statusText, boolean forMentor) {
        this.sessionId = link.sessionId().value();
        this.joinUrl = Objects.requireNonNull(joinUrl, "joinUrl");
        this.url = link.url().orElse(null);
        this.status = link.status();
        this.creatorId =
                forMentor ? link.meeting().flatMap(LinkedMeeting::creatorId).orElse(null) : null;
        this.failureReason = forMentor ? link.generation().failureReason().orElse(null) : null;
        this.statusText = Objects.requireNonNull(statusText, "statusText");
    }

    /** The link as its mentor (or an admin) sees it: with who made it and why it has no meeting yet. */
    public static MeetingLinkView forMentor(MeetingLink link, String joinUrl, String statusText) {
        return new MeetingLinkView(link, joinUrl, statusText, true);
    }

    /** The link as its mentee sees it: neither the creator nor the internal failure reason. */
    public static MeetingLinkView forMentee(MeetingLink link, String joinUrl, String statusText) {
        return new MeetingLinkView(link, joinUrl, statusText, false);
    }

    public String sessionId() {
        return sessionId;
    }

    public String joinUrl() {
        return joinUrl;
    }

    /** The real meeting URL, once there is one. */
    public Optional<String> url() {
        return Optional.ofNullable(url).map(MeetingUrl::value);
    }

    /** The platform of the real URL, once there is one. */
    public Optional<Platform> platform() {
        return Optional.ofNullable(url).map(MeetingUrl::platform);
    }

    public LinkStatus status() {
        return status;
    }

    /** Who made the meeting (the mentor's view only). */
    public Optional<String> creatorId() {
        return Optional.ofNullable(creatorId);
    }

    /** Why the link has no meeting yet (the mentor's view only). */
    public Optional<String> failureReason() {
        return Optional.ofNullable(failureReason);
    }

    public String statusText() {
        return statusText;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof MeetingLinkView)) {
            return false;
        }
        MeetingLinkView v = (MeetingLinkView) o;
        return Objects.equals(sessionId, v.sessionId)
                && Objects.equals(joinUrl, v.joinUrl)
                && Objects.equals(url, v.url)
                && status == v.status
                && Objects.equals(creatorId, v.creatorId)
                && Objects.equals(failureReason, v.failureReason)
                && Objects.equals(statusText, v.statusText);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sessionId, joinUrl, url, status, creatorId, failureReason, statusText);
    }
}
