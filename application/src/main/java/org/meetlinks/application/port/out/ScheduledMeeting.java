package org.meetlinks.application.port.out;

import java.time.Instant;
import java.util.Objects;

/** When a provider meeting is scheduled, as the provider has it. */
public record ScheduledMeeting(Instant startsAt, Instant endsAt) {
    public ScheduledMeeting {
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
    }
}
