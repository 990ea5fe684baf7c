package org.meetlinks.adapter.out.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.meetlinks.application.port.out.LoadMentorPreferencePort;
import org.meetlinks.application.port.out.SavePreferencePort;
import org.meetlinks.domain.MentorId;
import org.meetlinks.domain.MentorPreference;
import org.meetlinks.domain.Platform;

/** Reads and stores mentors' preferred platforms. */
@Dependent
@Transactional(Transactional.TxType.REQUIRED)
class PreferenceRepository implements LoadMentorPreferencePort, SavePreferencePort {
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

    @Override
    public void savePreference(MentorPreference preference) {
        em.createNativeQuery("""
                        insert into mentor_preference (mentor_id, default_platform, updated_at) values (?1, ?2, now())
                        on conflict (mentor_id) do update set default_platform = excluded.default_platform,
                            updated_at = excluded.updated_at""")
                .setParameter(1, preference.mentorId().value())
                .setParameter(2, preference.defaultPlatform().name())
                .executeUpdate();
    }
}
