package org.meetlinks.application.port.out;

import org.meetlinks.domain.LinkCheckOutcome;
import org.meetlinks.domain.Platform;

/** Hears each pre-session check's outcome, for operations (metrics). */
public interface CountLinkChecksPort {
    void checked(Platform platform, LinkCheckOutcome outcome);
}
