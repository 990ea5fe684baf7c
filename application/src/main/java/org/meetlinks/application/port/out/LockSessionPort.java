package org.meetlinks.application.port.out;

import org.meetlinks.domain.SessionId;

/**
 * Serializes changes of one session across threads and instances: the lock is held until the caller's transaction
 * ends, so a confirmation and an early cancellation of the same session (or a stored link and a reschedule) always
 * see each other.
 */
public interface LockSessionPort {

    void lockSession(SessionId sessionId);
}
