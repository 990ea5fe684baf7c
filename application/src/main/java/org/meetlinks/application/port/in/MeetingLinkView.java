package org.meetlinks.application.port.in;

import java.util.Optional;
import org.meetlinks.domain.LinkStatus;
import org.meetlinks.domain.Platform;

/**
 * What mentor and mentee see of a session's link: the stable join URL and, when known, the real one. The creator and
 * the failure reason are the mentor's (and admins') to see; {@code statusText} is written for the one who reads it.
 */
public record MeetingLinkView(String sessionId, String joinUrl, Optional<String> url, Optional<Platform> platform,
                              LinkStatus status, Optional<String> creatorId, Optional<String> failureReason,
                              String statusText) {
}
