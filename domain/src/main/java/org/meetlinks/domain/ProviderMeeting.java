package org.meetlinks.domain;

import java.util.Objects;

/** A meeting made at a provider with the mentor's account: its platform and the provider's id for it. */
public record ProviderMeeting(Platform platform, String externalMeetingId) {
    public ProviderMeeting {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(externalMeetingId, "externalMeetingId");
    }
}
