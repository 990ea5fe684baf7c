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
    private final Row row;
    private final String joinUrl;
    private final MeetingUrl url;
    private final String failureReason;

    /** What every row has, whoever looks at it. */
    private record Row(
            String sessionId,
            Instant startsAt,
            Instant endsAt,
            ZoneId timeZone,
            String topic,
            SessionRole role,
            String counterpartName,
            LinkStatus status,
            String statusText) {
        Row {
            Objects.requireNonNull(sessionId, "sessionId");
            Objects.requireNonNull(startsAt, "startsAt");
            Objects.requireNonNull(endsAt, "endsAt");
            Objects.requireNonNull(timeZone, "timeZone");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(statusText, "statusText");
        }
    }

    private MySessionView(Row row, String joinUrl, MeetingUrl url, String failureReason) {
        this.row = row;
        this.joinUrl = joinUrl;
        this.url = url;
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
        Row row = new Row(sessionId, startsAt, endsAt, timeZone, topic, role, counterpartName, status, statusText);
        return new MySessionView(row, null, null, null);
    }

    /** The same row with the session's join URL. */
    public MySessionView withJoinUrl(String join) {
        return new MySessionView(row, Objects.requireNonNull(join, "joinUrl"), url, failureReason);
    }

    /** The same row with the real meeting URL (and so its platform). */
    public MySessionView withMeeting(MeetingUrl meeting) {
        return new MySessionView(row, joinUrl, Objects.requireNonNull(meeting, "url"), failureReason);
    }

    /** The same row with why the link has no meeting yet. */
    public MySessionView withFailureReason(String why) {
        return new MySessionView(row, joinUrl, url, Objects.requireNonNull(why, "failureReason"));
    }

    public String sessionId() {
        return row.sessionId();
    }

    public Instant startsAt() {
        return row.startsAt();
    }

    public Instant endsAt() {
        return row.endsAt();
    }

    public ZoneId timeZone() {
        return row.timeZone();
    }

    public String topic() {
        return row.topic();
    }

    public SessionRole role() {
        return row.role();
    }

    public String counterpartName() {
        return row.counterpartName();
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
        return row.status();
    }

    public String statusText() {
        return row.statusText();
    }

    /** Why the link has no meeting yet (the mentor's row only, while the session is live). */
    public Optional<String> failureReason() {
        return Optional.ofNullable(failureReason);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MySessionView v
                && row.equals(v.row)
                && Objects.equals(joinUrl, v.joinUrl)
                && Objects.equals(url, v.url)
                && Objects.equals(failureReason, v.failureReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(row, joinUrl, url, failureReason);
    }
}
