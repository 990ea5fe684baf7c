package org.meetlinks.adapter.out.mail;

import org.meetlinks.application.port.out.OutgoingNotification;
import org.meetlinks.domain.LinkedMeeting;
import org.meetlinks.domain.Platform;

/**
 * Whether a notification goes to a mentor whose session already lives in their own Google Calendar: its Meet link
 * was made as an event on the mentor's primary calendar, which Google moves and deletes with the session. Such a
 * mentor gets no second calendar entry from our invite.
 */
final class MentorGoogleCalendar {
    private MentorGoogleCalendar() {}

    static boolean holdsSession(OutgoingNotification n) {
        return n.recipientIsMentor()
                && n.link().platform().filter(p -> p == Platform.GOOGLE_MEET).isPresent()
                && n.link()
                        .link()
                        .meeting()
                        .flatMap(LinkedMeeting::externalMeetingId)
                        .isPresent();
    }
}
