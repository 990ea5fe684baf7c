package org.meetlinks.application.port.out;

import java.util.Objects;
import org.meetlinks.domain.MeetingUrl;

/** A meeting a provider made: its join URL, the provider's id for it, and whose account made it. */
public record CreatedMeeting(MeetingUrl url, String externalMeetingId, String creatorId) {
    public CreatedMeeting {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(externalMeetingId, "externalMeetingId");
        Objects.requireNonNull(creatorId, "creatorId");
    }
}
