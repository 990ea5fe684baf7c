package org.meetlinks.adapter.out.providers.google;

import org.meetlinks.application.port.out.MeetingRequest;

/**
 * The description of a session's Calendar event, as the mentor reads it in Google Calendar: who the session is
 * with and the session's join link (never an internal id).
 */
final class GoogleEventDescription {
    /** Google's reported description limit is 8K characters; ours stays far below it (a 200-character name). */
    static final int MAX_DESCRIPTION = 8_000;

    private GoogleEventDescription() {}

    static String of(MeetingRequest request) {
        String text = "Mentoring session with " + request.menteeName().strip() + "\n\n"
                + "Join the video meeting: " + request.joinUrl() + "\n"
                + "This join link always leads to the session's current meeting.";
        return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION);
    }
}
