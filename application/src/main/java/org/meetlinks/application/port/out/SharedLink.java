package org.meetlinks.application.port.out;

import java.util.Objects;
import java.util.Optional;
import org.meetlinks.domain.LinkStatus;
import org.meetlinks.domain.MeetingLink;
import org.meetlinks.domain.MeetingUrl;
import org.meetlinks.domain.Platform;

/**
 * A session's link as emails and invites share it: the stable join URL people are given, and the link behind it.
 *
 * @param joinUrl the session's join URL ({public-base-url}/join/{token})
 * @param link the session's link as it is now
 */
public record SharedLink(String joinUrl, MeetingLink link) {
    public SharedLink {
        Objects.requireNonNull(joinUrl, "joinUrl");
        Objects.requireNonNull(link, "link");
    }

    /** The real meeting's URL, when there is one. */
    public Optional<String> url() {
        return link.url().map(MeetingUrl::value);
    }

    /** The platform of the real meeting, when there is one. */
    public Optional<Platform> platform() {
        return link.platform();
    }

    public LinkStatus status() {
        return link.status();
    }
}
