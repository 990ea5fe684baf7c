package org.meetlinks.adapter.out.providers.wiring;

import java.time.Clock;
import org.eclipse.microprofile.config.Config;
import org.meetlinks.adapter.out.providers.common.PlatformMeetings;
import org.meetlinks.adapter.out.providers.oauth.ProviderOAuth;
import org.meetlinks.application.port.out.LoadProviderGrantPort;
import org.meetlinks.application.port.out.RefreshProviderGrantPort;

/**
 * What each provider's CDI bean holds: its adapter built from MP Config by {@link ProviderSettingsReader} and
 * {@link ProviderWiring}. A subclass is an {@code @ApplicationScoped} bean that only names its {@link ProviderParts}.
 */
public abstract class ConfiguredProvider {
    private final ProviderWiring wiring;

    protected ConfiguredProvider(
            ProviderParts<?> parts,
            Config config,
            LoadProviderGrantPort grants,
            RefreshProviderGrantPort locks,
            Clock clock) {
        this.wiring = ProviderWiring.create(
                parts, ProviderSettingsReader.read(config, parts.defaults()), grants, locks, clock);
    }

    /** For the CDI client proxy only. */
    protected ConfiguredProvider() {
        this.wiring = null;
    }

    public PlatformMeetings meetings() {
        return wiring.meetings();
    }

    public ProviderOAuth oauth() {
        return wiring.oauth();
    }
}
