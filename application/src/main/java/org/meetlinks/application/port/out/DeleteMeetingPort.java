package org.meetlinks.application.port.out;

/** Removes a provider meeting (session cancelled, or an orphan from a lost race). */
public interface DeleteMeetingPort {
    /** @throws MeetingProviderException when the provider refused or failed */
    void deleteMeeting(ExistingMeeting meeting);
}
