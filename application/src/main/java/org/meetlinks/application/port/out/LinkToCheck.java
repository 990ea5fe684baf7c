package org.meetlinks.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MentoringSession;

/** An upcoming confirmed session with an active provider link, and when its meeting was last checked. */
public record LinkToCheck(MentoringSession session, MeetingLink link, Optional<Instant> lastCheckedAt) {
    public LinkToCheck {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(lastCheckedAt, "lastCheckedAt");
    }
}
