package org.meetlinks.application.port.in;

import java.time.Instant;
import org.meetlinks.domain.LinkCheckOutcome;
import org.meetlinks.domain.Platform;

/** A session's last pre-session check as the mentor page and operations see it. */
public record LinkCheckView(
        String sessionId, Platform platform, LinkCheckOutcome outcome, String detail, Instant checkedAt) {}
