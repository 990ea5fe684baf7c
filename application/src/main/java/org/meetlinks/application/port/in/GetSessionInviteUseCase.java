package org.meetlinks.application.port.in;

import org.meetlinks.domain.SessionId;

/** The calendar invite (.ics) of a session, for its mentor, its mentee or an admin. */
public interface GetSessionInviteUseCase {
    /** The invite as it is now: a request, or the cancellation once the session is cancelled. */
    SessionInvite invite(SessionId sessionId, Viewer viewer);
}
