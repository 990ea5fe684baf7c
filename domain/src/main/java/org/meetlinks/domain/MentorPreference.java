package org.meetlinks.domain;

import java.util.Objects;

/** The platform a mentor wants new meetings on. */
public record MentorPreference(MentorId mentorId, Platform defaultPlatform) {
    public MentorPreference {
        Objects.requireNonNull(mentorId, "mentorId");
        if (defaultPlatform == null || !defaultPlatform.isProvider()) {
            throw new DomainException("defaultPlatform", "defaultPlatform must be GOOGLE_MEET or ZOOM");
        }
    }
}
