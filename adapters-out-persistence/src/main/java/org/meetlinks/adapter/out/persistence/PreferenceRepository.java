package org.meetlinks.adapter.out.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.meetlinks.application.port.out.LoadMentorPreferencePort;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.MentorPreference;
import org.meetlinks.domain.Platform;

/** Reads mentors' preferred platforms. */
@Dependent
class PreferenceRepository implements LoadMentorPreferencePort {
    private final EntityManager em;

    @Inject
    PreferenceRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<MentorPreference> loadPreference(MentorId mentorId) {
        return Optional.ofNullable(em.find(MentorPreferenceEntity.class, mentorId.value()))
                .map(e -> new MentorPreference(mentorId, Platform.valueOf(e.defaultPlatform)));
    }
}
