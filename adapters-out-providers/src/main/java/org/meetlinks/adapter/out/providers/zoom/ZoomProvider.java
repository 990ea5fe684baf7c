package org.meetlinks.adapter.out.providers.zoom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.Config;
import org.meetlinks.adapter.out.providers.wiring.ConfiguredProvider;
import org.meetlinks.application.port.out.LoadProviderGrantPort;
import org.meetlinks.application.port.out.RefreshProviderGrantPort;

/** CDI bean holding the Zoom adapter built from MP Config ({@code meetlinks.zoom.*}, {@code meetlinks.providers.*}). */
@ApplicationScoped
public class ZoomProvider extends ConfiguredProvider {
    @Inject
    public ZoomProvider(Config config, LoadProviderGrantPort grants, RefreshProviderGrantPort locks, Clock clock) {
        super(new ZoomParts(), config, grants, locks, clock);
    }

    /** For the CDI client proxy only. */
    protected ZoomProvider() {}
}
