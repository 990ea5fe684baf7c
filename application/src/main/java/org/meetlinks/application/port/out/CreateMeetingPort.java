package org.meetlinks.application.port.out;

/** Makes a session's meeting at a provider (Google Meet, Zoom). */
public interface CreateMeetingPort {
    /**
     * Idempotent per session: a retry after a timeout returns the meeting the first attempt made.
     *
     * @throws MeetingProviderException when no meeting could be made
     */
    CreatedMeeting createMeeting(MeetingRequest request);
}
