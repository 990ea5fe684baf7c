package org.meetlinks.application.port.out;

import java.util.Objects;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.Platform;

/** A meeting already made at a provider, addressed for update or delete. */
public record ExistingMeeting(Platform platform, String externalMeetingId, MentorId owner) {
    public ExistingMeeting {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(externalMeetingId, "externalMeetingId");
        Objects.requireNonNull(owner, "owner");
    }
}
