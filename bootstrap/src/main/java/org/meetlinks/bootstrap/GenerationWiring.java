package org.meetlinks.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meetlinks.application.port.in.RetryPendingLinksUseCase;
import org.meetlinks.application.port.out.CreateMeetingPort;
import org.meetlinks.application.port.out.DeleteMeetingPort;
import org.meetlinks.application.port.out.LoadMeetingLinkPort;
import org.meetlinks.application.port.out.LoadMentorPreferencePort;
import org.meetlinks.application.port.out.LoadProviderConnectionsPort;
import org.meetlinks.application.port.out.LockSessionPort;
import org.meetlinks.application.port.out.QueueNotificationPort;
import org.meetlinks.application.port.out.RecordLinkOutcomePort;
import org.meetlinks.application.port.out.RunGenerationPort;
import org.meetlinks.application.port.out.RunTransactionPort;
import org.meetlinks.application.port.out.SaveConnectionStatusPort;
import org.meetlinks.application.port.out.UpdateMeetingPort;
import org.meetlinks.application.service.GenerateMeetingLinkService;
import org.meetlinks.application.service.GenerationSettings;
import org.meetlinks.application.service.LinkGenerationQueue;
import org.meetlinks.application.service.LinkSettings;
import org.meetlinks.application.service.LinkStore;
import org.meetlinks.application.service.Pauses;
import org.meetlinks.application.service.RetryDueLinksService;
import org.meetlinks.domain.LinkFailurePolicy;
import org.meetlinks.domain.PlatformChoicePolicy;

/** Wires link generation: its time budgets and failure policy from MP Config, the pool, the sweep. */
@ApplicationScoped
class GenerationWiring {

    @Produces
    @Singleton
    GenerationSettings generationSettings(
            @ConfigProperty(name = "meetlinks.links.first-run-budget-ms", defaultValue = "4500") long firstRunMs,
            @ConfigProperty(name = "meetlinks.links.retry-run-budget-ms", defaultValue = "15000") long retryRunMs,
            @ConfigProperty(name = "meetlinks.links.shortest-call-ms", defaultValue = "500") long shortestCallMs,
            @ConfigProperty(name = "meetlinks.links.intake-grace-seconds", defaultValue = "2") long graceSeconds) {
        return new GenerationSettings(
                Duration.ofMillis(firstRunMs),
                Duration.ofMillis(retryRunMs),
                Duration.ofMillis(shortestCallMs),
                Duration.ofSeconds(5),
                Duration.ofSeconds(graceSeconds));
    }

    @Produces
    @Singleton
    LinkFailurePolicy failurePolicy(
            @ConfigProperty(name = "meetlinks.retry.first-delay-seconds", defaultValue = "2") long firstDelaySeconds,
            @ConfigProperty(name = "meetlinks.retry.max-delay-seconds", defaultValue = "1800") long maxDelaySeconds,
            @ConfigProperty(name = "meetlinks.notify.ask-after-seconds", defaultValue = "900") long askAfterSeconds,
            @ConfigProperty(name = "meetlinks.notify.ask-before-start-seconds", defaultValue = "7200")
                    long askBeforeStartSeconds,
            @ConfigProperty(name = "meetlinks.links.unexpected-attempts", defaultValue = "5") int unexpectedAttempts) {
        return new LinkFailurePolicy(
                Duration.ofSeconds(firstDelaySeconds),
                Duration.ofSeconds(maxDelaySeconds),
                Duration.ofSeconds(askAfterSeconds),
                Duration.ofSeconds(askBeforeStartSeconds),
                unexpectedAttempts);
    }

    @Produces
    @Singleton
    GenerateMeetingLinkService generator(
            LinkStore store,
            LoadMentorPreferencePort preferences,
            LoadProviderConnectionsPort connections,
            SaveConnectionStatusPort status,
            CreateMeetingPort create,
            DeleteMeetingPort delete,
            UpdateMeetingPort update,
            LockSessionPort locks,
            QueueNotificationPort outbox,
            RunTransactionPort transactions,
            LinkFailurePolicy failures,
            GenerationSettings settings,
            LinkSettings links,
            RecordLinkOutcomePort metrics,
            Clock clock) {
        return new GenerateMeetingLinkService(
                store,
                preferences,
                connections,
                status,
                create,
                delete,
                update,
                locks,
                outbox,
                transactions,
                new PlatformChoicePolicy(),
                failures,
                settings,
                links,
                metrics,
                Pauses.SLEEP,
                clock);
    }

    @Produces
    @Singleton
    LinkGenerationQueue generationQueue(RunGenerationPort pool, GenerateMeetingLinkService generator) {
        return new LinkGenerationQueue(pool, generator);
    }

    @Produces
    @Singleton
    RetryPendingLinksUseCase sweep(
            LoadMeetingLinkPort links, LinkGenerationQueue queue, GenerationSettings settings, Clock clock) {
        return new RetryDueLinksService(links, queue, settings, clock);
    }
}
