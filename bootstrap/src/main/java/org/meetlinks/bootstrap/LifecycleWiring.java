package org.meetlinks.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meetlinks.application.port.in.EraseMentorUseCase;
import org.meetlinks.application.port.in.PurgeExpiredDataUseCase;
import org.meetlinks.application.port.out.AuthorizeProviderPort;
import org.meetlinks.application.port.out.EraseMentorDataPort;
import org.meetlinks.application.port.out.LoadProviderGrantPort;
import org.meetlinks.application.port.out.PurgeExpiredDataPort;
import org.meetlinks.application.port.out.RunTransactionPort;
import org.meetlinks.application.service.DataLifecycle;
import org.meetlinks.application.service.DataRetentionService;
import org.meetlinks.application.service.MentorErasureService;

/** Data lifecycle: how long join links and records live (MP Config {@code meetlinks.retention.*}), retention, erasure. */
@ApplicationScoped
class LifecycleWiring {

    @Produces
    @Singleton
    DataLifecycle dataLifecycle(
            @ConfigProperty(name = "meetlinks.retention.join-link-days", defaultValue = "30") long joinLinkDays,
            @ConfigProperty(name = "meetlinks.retention.days", defaultValue = "365") long retentionDays) {
        return new DataLifecycle(Duration.ofDays(joinLinkDays), Duration.ofDays(retentionDays));
    }

    @Produces
    @Singleton
    PurgeExpiredDataUseCase retention(
            PurgeExpiredDataPort records, RunTransactionPort transactions, DataLifecycle lifecycle, Clock clock) {
        return new DataRetentionService(records, transactions, lifecycle, clock);
    }

    @Produces
    @Singleton
    EraseMentorUseCase erasure(
            LoadProviderGrantPort grants,
            AuthorizeProviderPort providers,
            EraseMentorDataPort data,
            RunTransactionPort transactions) {
        return new MentorErasureService(grants, providers, data, transactions);
    }
}
