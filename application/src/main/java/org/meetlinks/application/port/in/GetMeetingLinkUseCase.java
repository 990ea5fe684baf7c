package org.meetlinks.application.port.in;

import org.meetlinks.domain.SessionId;

/** Reads a session's link for its mentor, its mentee or an admin. */
public interface GetMeetingLinkUseCase {
    MeetingLinkView getMeetingLink(SessionId sessionId, Viewer viewer);
}
