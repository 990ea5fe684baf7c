package org.meetlinks.adapter.out.providers.google;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.meetlinks.adapter.out.providers.wiring.ConfiguredProvider;
import org.meetlinks.adapter.out.providers.wiring.ProviderSettingsReader;
import org.meetlinks.application.port.out.LoadProviderGrantPort;
import org.meetlinks.application.port.out.RefreshProviderGrantPort;

/**
 * CDI bean holding the Google adapter built from MP Config ({@code meetlinks.google.*}, {@code meetlinks.providers.*});
 * Google's one setting of its own is {@code meetlinks.google.conference-wait-ms}.
 */
@ApplicationScoped
public class GoogleProvider extends ConfiguredProvider {
    @Inject
    public GoogleProvider(Config config, LoadProviderGrantPort grants, RefreshProviderGrantPort locks, Clock clock) {
        super(new GoogleParts(conferenceWait(config)), config, grants, locks, clock);
    }

    /** For the CDI client proxy only. */
    protected GoogleProvider() {}

    private static ConferenceWait conferenceWait(Config config) {
        return ConferenceWait.ofBudget(Duration.ofMillis(
                ProviderSettingsReader.number(config, GoogleParts.DEFAULTS.key("conference-wait-ms"), 4_000)));
    }
}
