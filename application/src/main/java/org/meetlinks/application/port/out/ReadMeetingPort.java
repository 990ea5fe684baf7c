package org.meetlinks.application.port.out;

import java.time.Instant;
import java.util.Optional;

/** Reads a provider meeting as its provider has it now (the owner may have deleted or moved it there). */
public interface ReadMeetingPort {
    /**
     * @param deadline every call made for the read ends by then
     * @return the meeting's times; empty when the provider says it no longer exists (deleted or cancelled)
     * @throws MeetingProviderException when the provider could not be asked or refused the grant (kind AUTH)
     */
    Optional<ScheduledMeeting> readMeeting(ExistingMeeting meeting, Instant deadline);
}
