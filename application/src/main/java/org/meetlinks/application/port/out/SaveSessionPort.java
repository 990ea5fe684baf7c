package org.meetlinks.application.port.out;

import org.meetlinks.domain.MentoringSession;

/** Stores mentoring sessions. */
public interface SaveSessionPort {
    /** Inserts the session unless one with its id exists; safe against concurrent inserts. */
    boolean insertSessionIfAbsent(MentoringSession session);

    void updateSession(MentoringSession session);
}
