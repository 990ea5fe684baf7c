package org.meetlinks.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meetlinks.application.service.DataLifecycle;

/** How long join links and records live, from MP Config ({@code meetlinks.retention.*}). */
@ApplicationScoped
class LifecycleWiring {

    @Produces
    @Singleton
    DataLifecycle dataLifecycle(
            @ConfigProperty(name = "meetlinks.retention.join-link-days", defaultValue = "30") long joinLinkDays,
            @ConfigProperty(name = "meetlinks.retention.days", defaultValue = "365") long retentionDays) {
        return new DataLifecycle(Duration.ofDays(joinLinkDays), Duration.ofDays(retentionDays));
    }
}
