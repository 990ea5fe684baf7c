package org.meetlinks.application.port.out;

import org.meetlinks.domain.MentoringSession;

/** Renders a session's calendar invite (iCalendar text) carrying its link. */
public interface RenderInvitePort {
    String invite(MentoringSession session, SharedLink link, boolean cancelled);
}
