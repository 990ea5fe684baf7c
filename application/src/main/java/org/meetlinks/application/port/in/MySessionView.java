package org.meetlinks.application.port.in;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.meetlinks.domain.LinkStatus;
import org.meetlinks.domain.MeetingUrl;
import org.meetlinks.domain.Platform;

/** One dashboard row: the session as the caller sees it, with links, status and (mentor only) why none. */
public final class MySessionView {
    private final String sessionId;
    private final Instant startsAt;
    private final Instant endsAt;
    private final ZoneId timeZone;
    private final String topic;
    private final SessionRole role;
    private final String counterpartName;
    private final String joinUrl;
    private final MeetingUrl url;
    private final LinkStatus status;
    private final String statusText;
    private final String failureReason;

    private MySessionView(
            String sessionId,
            Instant startsAt,
            Instant endsAt,
            ZoneId timeZone,
            String topic,
            SessionRole role,
            String counterpartName,
            String joinUrl,
            MeetingUrl url,
            LinkStatus status,
            String statusText,
            String failureReason) {
        this.sessionId = Objects.requireNonNull(sessionId, "sessionId");
        this.startsAt = Objects.requireNonNull(startsAt, "startsAt");
        this.endsAt = Objects.requireNonNull(endsAt, "endsAt");
        this.timeZone = Objects.requireNonNull(timeZone, "timeZone");
        this.topic = topic;
        this.role = Objects.requireNonNull(role, "role");
        this.counterpartName = counterpartName;
        this.joinUrl = joinUrl;
        this.url = url;
        this.status = Objects.requireNonNull(status, "status");
        this.statusText = Objects.requireNonNull(statusText, "statusText");
        this.failureReason = failureReason;
    }

    /** A row without links or failure reason; the {@code with…} methods add what the caller may see. */
    public static MySessionView of(
            String sessionId,
            Instant startsAt,
            Instant endsAt,
            ZoneId timeZone,
            String topic,
            SessionRole role,
            String counterpartName,
            LinkStatus status,
            String statusText) {
        return new MySessionView(
                sessionId,
                startsAt,
                endsAt,
                timeZone,
                topic,
                role,
                counterpartName,
                null,
                null,
                status,
                statusText,
                null);
    }

    /** The same row with the session's join URL. */
    public MySessionView withJoinUrl(String join) {
        return new MySessionView(
                sessionId,
                startsAt,
                endsAt,
                timeZone,
                topic,
                role,
                counterpartName,
                Objects.requireNonNull(join, "joinUrl"),
                url,
                status,
                statusText,
                failureReason);
    }

    /** The same row with the real meeting URL (and so its platform). */
    public MySessionView withMeeting(MeetingUrl meeting) {
        return new MySessionView(
                sessionId,
                startsAt,
                endsAt,
                timeZone,
                topic,
                role,
                counterpartName,
                joinUrl,
                Objects.requireNonNull(meeting, "url"),
                status,
                statusText,
                failureReason);
    }

    /** The same row with why the link has no meeting yet. */
    public MySessionView withFailureReason(String why) {
        return new MySessionView(
                sessionId,
                startsAt,
                endsAt,
                timeZone,
                topic,
                role,
                counterpartName,
                joinUrl,
                url,
                status,
                statusText,
                Objects.requireNonNull(why, "failureReason"));
    }

    public String sessionId() {
        return sessionId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public ZoneId timeZone() {
        return timeZone;
    }

    public String topic() {
        return topic;
    }

    public SessionRole role() {
        return role;
    }

    public String counterpartName() {
        return counterpartName;
    }

    /** The session's join URL; empty if its link row is missing. */
    public Optional<String> joinUrl() {
        return Optional.ofNullable(joinUrl);
    }

    /** The real meeting URL, while the session is live and has one. */
    public Optional<String> url() {
        return Optional.ofNullable(url).map(MeetingUrl::value);
    }

    /** The platform of the real meeting URL, while the session is live and has one. */
    public Optional<Platform> platform() {
        return Optional.ofNullable(url).map(MeetingUrl::platform);
    }

    public LinkStatus status() {
        return status;
    }

    public String statusText() {
        return statusText;
    }

    /** Why the link has no meeting yet (the mentor's row only, while the session is live). */
    public Optional<String> failureReason() {
        return Optional.ofNullable(failureReason);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof MySessionView)) {
            return false;
        }
        MySessionView v = (MySessionView) o;
        return Objects.equals(sessionId, v.sessionId)
                && Objects.equals(startsAt, v.startsAt)
                && Objects.equals(endsAt, v.endsAt)
                && Objects.equals(timeZone, v.timeZone)
                && Objects.equals(topic, v.topic)
                && role == v.role
                && Objects.equals(counterpartName, v.counterpartName)
                && Objects.equals(joinUrl, v.joinUrl)
                && Objects.equals(url, v.url)
                && status == v.status
                && Objects.equals(statusText, v.statusText)
                && Objects.equals(failureReason, v.failureReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                sessionId,
                startsAt,
                endsAt,
                timeZone,
                topic,
                role,
                counterpartName,
                joinUrl,
                url,
                status,
                statusText,
                failureReason);
    }
}
