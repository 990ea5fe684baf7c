package org.meetlinks.application.port.out;

import org.meetlinks.domain.MentorPreference;

/** Stores a mentor's default platform. */
public interface SavePreferencePort {
    void savePreference(MentorPreference preference);
}
