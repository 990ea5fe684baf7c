package org.meetlinks.application.port.in;

import org.meetlinks.domain.SessionId;

/**
 * The check before every session: at each configured lead time before the start, the session's meeting is read at
 * its provider (it exists, its time matches the booking, the grant works) and repaired where it can be.
 */
public interface CheckUpcomingLinksUseCase {
    /** Checks every session that is due now; answers how many were checked. */
    int checkDueLinks();

    /**
     * Checks one session now, whatever the lead times say (operations, tests).
     *
     * @throws NotFoundException when the session has no active provider meeting to check
     */
    LinkCheckView checkNow(SessionId sessionId);
}
