package org.meetlinks.application.service;

import java.util.Objects;
import org.meetlinks.application.port.out.LoadMeetingLinkPort;
import org.meetlinks.application.port.out.LoadSessionPort;
import org.meetlinks.application.port.out.SaveMeetingLinkPort;
import org.meetlinks.application.port.out.SaveSessionPort;

/** The storage ports every session use case needs, grouped to keep constructors short. */
public record LinkStore(LoadSessionPort sessions, SaveSessionPort saveSessions, LoadMeetingLinkPort links,
                        SaveMeetingLinkPort saveLinks) {
    public LinkStore {
        Objects.requireNonNull(sessions, "sessions");
        Objects.requireNonNull(saveSessions, "saveSessions");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(saveLinks, "saveLinks");
    }
}
