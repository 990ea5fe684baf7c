package org.meetlinks.application.port.in;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.meetlinks.domain.LinkStatus;
import org.meetlinks.domain.Platform;

/** One dashboard row: the session as the caller sees it, with links, status and (mentor only) why none. */
public record MySessionView(String sessionId, Instant startsAt, Instant endsAt, ZoneId timeZone, String topic,
                            SessionRole role, String counterpartName, Optional<String> joinUrl, Optional<String> url,
                            Optional<Platform> platform, LinkStatus status, String statusText,
                            Optional<String> failureReason) {
}
