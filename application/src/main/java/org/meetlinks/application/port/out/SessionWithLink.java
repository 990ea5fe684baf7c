package org.meetlinks.application.port.out;

import java.util.Objects;
import java.util.Optional;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MentoringSession;

/** A stored session together with its meeting link (absent only if the link row is missing). */
public record SessionWithLink(MentoringSession session, Optional<MeetingLink> link) {
    public SessionWithLink {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(link, "link");
    }
}
