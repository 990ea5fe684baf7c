package org.meetlinks.application.port.out;

import java.util.Optional;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.MentorPreference;

/** Reads a mentor's preferred platform. */
public interface LoadMentorPreferencePort {
    Optional<MentorPreference> loadPreference(MentorId mentorId);
}
