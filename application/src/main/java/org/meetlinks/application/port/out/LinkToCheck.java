package org.meetlinks.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MentoringSession;

/** An upcoming confirmed session with an active provider link, and when its meeting was last checked. */
public final class LinkToCheck {
    private final MentoringSession session;
    private final MeetingLink link;
    private final Instant lastCheckedAt;

    private LinkToCheck(MentoringSession session, MeetingLink link, Instant lastCheckedAt) {
        this.session = Objects.requireNonNull(session, "session");
        this.link = Objects.requireNonNull(link, "link");
        this.lastCheckedAt = lastCheckedAt;
    }

    /** A link whose meeting was last checked at {@code lastCheckedAt}. */
    public static LinkToCheck checkedAt(MentoringSession session, MeetingLink link, Instant lastCheckedAt) {
        return new LinkToCheck(session, link, Objects.requireNonNull(lastCheckedAt, "lastCheckedAt"));
    }

    /** A link whose meeting has not been checked yet. */
    public static LinkToCheck neverChecked(MentoringSession session, MeetingLink link) {
        return new LinkToCheck(session, link, null);
    }

    public MentoringSession session() {
        return session;
    }

    public MeetingLink link() {
        return link;
    }

    /** When the meeting was last checked at the provider, if ever. */
    public Optional<Instant> lastCheckedAt() {
        return Optional.ofNullable(lastCheckedAt);
    }
}
