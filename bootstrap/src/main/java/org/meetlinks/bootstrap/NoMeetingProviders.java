package org.meetlinks.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import org.meetlinks.application.port.out.CreateMeetingPort;
import org.meetlinks.application.port.out.CreatedMeeting;
import org.meetlinks.application.port.out.DeleteMeetingPort;
import org.meetlinks.application.port.out.ExistingMeeting;
import org.meetlinks.application.port.out.MeetingProviderException;
import org.meetlinks.application.port.out.MeetingRequest;
import org.meetlinks.application.port.out.UpdateMeetingPort;

/**
 * Meeting ports while no provider adapter is wired into the WAR: every call is a permanent failure, so
 * a session that somehow reaches a provider still ends with its placeholder and the mentor told.
 */
@ApplicationScoped
class NoMeetingProviders implements CreateMeetingPort, UpdateMeetingPort, DeleteMeetingPort {

    @Override
    public CreatedMeeting createMeeting(MeetingRequest request) {
        throw unavailable(request.platform());
    }

    @Override
    public void updateMeeting(ExistingMeeting meeting, MeetingRequest request) {
        throw unavailable(meeting.platform());
    }

    @Override
    public void deleteMeeting(ExistingMeeting meeting) {
        throw unavailable(meeting.platform());
    }

    private static MeetingProviderException unavailable(org.meetlinks.domain.Platform platform) {
        return new MeetingProviderException(MeetingProviderException.Kind.PERMANENT, platform,
                "no " + platform + " adapter is installed");
    }
}
