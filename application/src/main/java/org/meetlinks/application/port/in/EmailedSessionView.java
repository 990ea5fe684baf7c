package org.meetlinks.application.port.in;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The session an emailed add-a-link page is about, as its mentor sees it.
 *
 * @param mentorZone the mentor's time zone, for the session's times
 * @param currentUrl the link the session has now, or "" when it has none
 */
public record EmailedSessionView(
        String topic,
        String menteeName,
        Instant startsAt,
        Instant endsAt,
        ZoneId mentorZone,
        String joinUrl,
        String currentUrl) {
    public EmailedSessionView {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(menteeName, "menteeName");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        Objects.requireNonNull(mentorZone, "mentorZone");
        Objects.requireNonNull(joinUrl, "joinUrl");
        Objects.requireNonNull(currentUrl, "currentUrl");
    }
}
