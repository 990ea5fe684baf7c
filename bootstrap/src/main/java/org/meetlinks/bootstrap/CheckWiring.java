package org.meetlinks.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meetlinks.application.port.in.CheckUpcomingLinksUseCase;
import org.meetlinks.application.port.in.HandleProviderMeetingChangeUseCase;
import org.meetlinks.application.port.in.ListLinkChecksUseCase;
import org.meetlinks.application.port.out.CountLinkChecksPort;
import org.meetlinks.application.port.out.LoadLinksToCheckPort;
import org.meetlinks.application.port.out.LoadProviderConnectionsPort;
import org.meetlinks.application.port.out.QueueNotificationPort;
import org.meetlinks.application.port.out.ReadMeetingPort;
import org.meetlinks.application.port.out.RecordLinkCheckPort;
import org.meetlinks.application.port.out.RunTransactionPort;
import org.meetlinks.application.port.out.SaveConnectionStatusPort;
import org.meetlinks.application.port.out.UpdateMeetingPort;
import org.meetlinks.application.service.LinkCheckService;
import org.meetlinks.application.service.LinkGenerationQueue;
import org.meetlinks.application.service.LinkSettings;
import org.meetlinks.application.service.LinkStore;
import org.meetlinks.application.service.MeetingRepairsPorts;
import org.meetlinks.application.service.ProviderMeetingChangeService;
import org.meetlinks.domain.LinkCheckSchedule;

/**
 * Wires the check before every session (lead times from {@code meetlinks.checks.lead-times}, default 24 h and 1 h)
 * and the handling of meetings their owner changed at the provider.
 */
@ApplicationScoped
class CheckWiring {

    @Produces
    @Singleton
    LinkCheckSchedule checkSchedule(
            @ConfigProperty(name = "meetlinks.checks.lead-times", defaultValue = "PT24H,PT1H") String leadTimes) {
        try {
            return LinkCheckSchedule.parse(leadTimes);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                    "meetlinks.checks.lead-times must be ISO-8601 durations separated by "
                            + "commas, such as PT24H,PT1H: " + e.getMessage(),
                    e);
        }
    }

    @Produces
    @Singleton
    MeetingRepairsPorts repairPorts(
            LoadProviderConnectionsPort connections,
            SaveConnectionStatusPort status,
            QueueNotificationPort outbox,
            UpdateMeetingPort updates,
            LinkGenerationQueue generation,
            RunTransactionPort transactions,
            LinkSettings links) {
        return new MeetingRepairsPorts(connections, status, outbox, updates, generation, transactions, links);
    }

    @Produces
    @Singleton
    @Typed(LinkCheckService.class)
    LinkCheckService checks(
            LoadLinksToCheckPort candidates,
            LinkStore store,
            ReadMeetingPort provider,
            RecordLinkCheckPort records,
            CountLinkChecksPort metrics,
            MeetingRepairsPorts repairs,
            LinkCheckSchedule schedule,
            Clock clock) {
        return LinkCheckService.create(candidates, store, provider, records, metrics, repairs, schedule, clock);
    }

    @Produces
    @Singleton
    CheckUpcomingLinksUseCase checkUpcoming(LinkCheckService service) {
        return service;
    }

    @Produces
    @Singleton
    ListLinkChecksUseCase listChecks(LinkCheckService service) {
        return service;
    }

    @Produces
    @Singleton
    HandleProviderMeetingChangeUseCase meetingChanges(
            LoadLinksToCheckPort meetings, LinkStore store, MeetingRepairsPorts repairs, Clock clock) {
        return new ProviderMeetingChangeService(meetings, store, repairs, clock);
    }
}
