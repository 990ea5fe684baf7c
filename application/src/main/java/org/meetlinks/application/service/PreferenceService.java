package org.meetlinks.application.service;

import java.util.Optional;
import org.meetlinks.application.port.in.ManagePreferencesUseCase;
import org.meetlinks.application.port.in.Viewer;
import org.meetlinks.application.port.out.LoadMentorPreferencePort;
import org.meetlinks.application.port.out.RunTransactionPort;
import org.meetlinks.application.port.out.SavePreferencePort;
import org.meetlinks.domain.MentorPreference;
import org.meetlinks.domain.Platform;

/** Reads and sets a mentor's default platform. */
public final class PreferenceService implements ManagePreferencesUseCase {
    private final LoadMentorPreferencePort load;
    private final SavePreferencePort save;
    private final RunTransactionPort transactions;

    public PreferenceService(LoadMentorPreferencePort load, SavePreferencePort save, RunTransactionPort transactions) {
        this.load = load;
        this.save = save;
        this.transactions = transactions;
    }

    @Override
    public Optional<Platform> defaultPlatform(Viewer mentor) {
        return load.loadPreference(Mentors.require(mentor)).map(MentorPreference::defaultPlatform);
    }

    @Override
    public Platform setDefaultPlatform(Viewer mentor, Platform platform) {
        MentorPreference preference = new MentorPreference(Mentors.require(mentor), platform);
        transactions.runInTransaction(() -> save.savePreference(preference));
        return preference.defaultPlatform();
    }
}
