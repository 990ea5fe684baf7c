package org.meetlinks.application.port.out;

import java.util.Objects;
import java.util.Optional;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MentoringSession;

/** A stored session together with its meeting link (absent only if the link row is missing). */
public final class SessionWithLink {
    private final MentoringSession session;
    private final MeetingLink link;

    private SessionWithLink(MentoringSession session, MeetingLink link) {
        this.session = Objects.requireNonNull(session, "session");
        this.link = link;
    }

    /** A session and its link. */
    public static SessionWithLink of(MentoringSession session, MeetingLink link) {
        return new SessionWithLink(session, Objects.requireNonNull(link, "link"));
    }

    /** A session whose link row is missing. */
    public static SessionWithLink withoutLink(MentoringSession session) {
        return new SessionWithLink(session, null);
    }

    public MentoringSession session() {
        return session;
    }

    /** The session's link; empty only if its row is missing. */
    public Optional<MeetingLink> link() {
        return Optional.ofNullable(link);
    }
}
