package org.meetlinks.application.port.in;

import org.meetlinks.domain.SessionId;

/** Creates the provider meeting of one session, unless it has one or someone else is making it. */
public interface GenerateMeetingLinkUseCase {
    void generate(SessionId sessionId);
}
