package org.meetlinks.application.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.meetlinks.application.port.out.LoadMeetingLinkPort;
import org.meetlinks.application.port.out.LoadSessionPort;
import org.meetlinks.application.port.out.LoadSessionsWithLinksPort;
import org.meetlinks.application.port.out.SaveMeetingLinkPort;
import org.meetlinks.application.port.out.SaveSessionPort;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.SessionId;

/** The storage ports every session use case needs, grouped to keep constructors short. */
public record LinkStore(
        LoadSessionPort sessions,
        SaveSessionPort saveSessions,
        LoadMeetingLinkPort links,
        SaveMeetingLinkPort saveLinks,
        LoadSessionsWithLinksPort sessionsWithLinks) {
    public LinkStore {
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(saveSessions, "saveSessions");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(saveLinks, "saveLinks");
        Objects.requireNonNull(sessionsWithLinks, "sessionsWithLinks");
    }

    /** A session and its link, read together (one query instead of two); empty when either is missing. */
    Optional<Stored> loadWithLink(SessionId sessionId) {
        return sessionsWithLinks.loadSessionsWithLinks(List.of(sessionId)).stream()
                .findFirst()
                .flatMap(found -> found.link().map(link -> new Stored(found.session(), link)));
    }

    /** A stored session with its link. */
    record Stored(MentoringSession session, MeetingLink link) {}
}
