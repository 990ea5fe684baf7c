package org.meetlinks.adapter.out.providers.common;

import java.time.Instant;
import java.util.Optional;
import org.meetlinks.application.port.out.CreatedMeeting;
import org.meetlinks.application.port.out.ExistingMeeting;
import org.meetlinks.application.port.out.MeetingRequest;
import org.meetlinks.application.port.out.ScheduledMeeting;

/** One provider's meeting operations (Google Calendar/Meet or Zoom), as the router calls them. */
public interface PlatformMeetings {
    /**
     * Makes the session's meeting; idempotent per session where the provider allows it.
     *
     * @throws org.meetlinks.application.port.out.MeetingProviderException when no meeting could be made
     */
    CreatedMeeting create(MeetingRequest request);

    /** Moves the meeting to the request's time and topic. */
    void update(ExistingMeeting meeting, MeetingRequest request);

    /** Deletes the meeting; one that is already gone counts as deleted. */
    void delete(ExistingMeeting meeting);

    /**
     * Reads the meeting's times as the provider has them now.
     *
     * @return empty when the provider says the meeting no longer exists (deleted, cancelled)
     */
    Optional<ScheduledMeeting> read(ExistingMeeting meeting, Instant deadline);
}
