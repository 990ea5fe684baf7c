package org.meetlinks.application.port.out;

/** Moves an existing provider meeting to the session's new time. */
public interface UpdateMeetingPort {
    /** @throws MeetingProviderException when the provider refused or failed */
    void updateMeeting(ExistingMeeting meeting, MeetingRequest request);
}
