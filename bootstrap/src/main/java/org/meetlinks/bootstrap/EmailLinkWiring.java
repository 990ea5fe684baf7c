package org.meetlinks.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meetlinks.application.port.in.AddLinkFromEmailUseCase;
import org.meetlinks.application.port.out.CountBacklogPort;
import org.meetlinks.application.port.out.KeepEmailLinksPort;
import org.meetlinks.application.port.out.RunTransactionPort;
import org.meetlinks.application.service.EmailLinks;
import org.meetlinks.application.service.LinkSettings;
import org.meetlinks.application.service.ManualLinkService;
import org.meetlinks.application.service.Pauses;
import org.meetlinks.application.service.RelinkWait;

/** Wires the single-purpose links of mentor emails: their lifetime, and the pages they open. */
@ApplicationScoped
class EmailLinkWiring {

    @Produces
    @Singleton
    EmailLinks emailLinks(
            KeepEmailLinksPort store,
            RunTransactionPort transactions,
            LinkSettings settings,
            @ConfigProperty(name = "meetlinks.email-links.lifetime-days", defaultValue = "7") long lifetimeDays,
            Clock clock) {
        return new EmailLinks(store, transactions, settings, Duration.ofDays(lifetimeDays), clock);
    }

    /** The landing page of an emailed reconnect waits for the regenerated links as long as a REST confirmation. */
    @Produces
    @Singleton
    RelinkWait relinkWait(
            CountBacklogPort backlog,
            @ConfigProperty(name = "meetlinks.rest.confirm-wait-ms", defaultValue = "3000") long waitMs) {
        return new RelinkWait(backlog, Pauses.SLEEP, Duration.ofMillis(waitMs));
    }

    @Produces
    @Singleton
    AddLinkFromEmailUseCase addLinkFromEmail(ManualLinkService service) {
        return service;
    }
}
