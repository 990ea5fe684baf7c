package org.meetlinks.application.port.out;

import java.util.Optional;
import org.meetlinks.domain.MentoringSession;
import org.meetlinks.domain.SessionId;

/** Reads stored mentoring sessions. */
public interface LoadSessionPort {
    Optional<MentoringSession> loadSession(SessionId sessionId);
}
