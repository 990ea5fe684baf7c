package org.meetlinks.application.port.in;

import org.meetlinks.domain.SessionId;

/** The calendar invite (.ics) of a session, for its mentor, its mentee or an admin. */
public interface GetSessionInviteUseCase {
    String invite(SessionId sessionId, Viewer viewer);
}
