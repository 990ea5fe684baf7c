package org.meetlinks.application.port.out;

import java.time.Instant;
import java.util.Objects;
import org.meetlinks.domain.LinkCheckOutcome;
import org.meetlinks.domain.Platform;
import org.meetlinks.domain.SessionId;

/** The last pre-session check of a session's meeting: when, on which platform, what it found and did. */
public record LinkCheckRecord(
        SessionId sessionId, Platform platform, LinkCheckOutcome outcome, String detail, Instant checkedAt) {
    public LinkCheckRecord {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(checkedAt, "checkedAt");
    }
}
