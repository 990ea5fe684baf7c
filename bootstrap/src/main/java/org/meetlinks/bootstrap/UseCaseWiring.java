package org.meetlinks.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meetlinks.application.port.in.CancelSessionUseCase;
import org.meetlinks.application.port.in.ConfirmSessionUseCase;
import org.meetlinks.application.port.in.GetMeetingLinkUseCase;
import org.meetlinks.application.port.in.RescheduleSessionUseCase;
import org.meetlinks.application.port.in.ResolveJoinLinkUseCase;
import org.meetlinks.application.port.in.SetManualLinkUseCase;
import org.meetlinks.application.port.out.DeleteMeetingPort;
import org.meetlinks.application.port.out.HoldBookingChangesPort;
import org.meetlinks.application.port.out.LoadMeetingLinkPort;
import org.meetlinks.application.port.out.LoadSessionPort;
import org.meetlinks.application.port.out.LoadSessionsWithLinksPort;
import org.meetlinks.application.port.out.LockSessionPort;
import org.meetlinks.application.port.out.QueueNotificationPort;
import org.meetlinks.application.port.out.RecordBookingEventPort;
import org.meetlinks.application.port.out.RunTransactionPort;
import org.meetlinks.application.port.out.SaveMeetingLinkPort;
import org.meetlinks.application.port.out.SaveSessionPort;
import org.meetlinks.application.port.out.UpdateMeetingPort;
import org.meetlinks.application.service.CancelSessionService;
import org.meetlinks.application.service.ConfirmSessionService;
import org.meetlinks.application.service.DataLifecycle;
import org.meetlinks.application.service.EarlyChanges;
import org.meetlinks.application.service.EmailLinks;
import org.meetlinks.application.service.LinkGenerationQueue;
import org.meetlinks.application.service.LinkSettings;
import org.meetlinks.application.service.LinkStore;
import org.meetlinks.application.service.ManualLinkService;
import org.meetlinks.application.service.MeetingLinkQueryService;
import org.meetlinks.application.service.RescheduleSessionService;
import org.meetlinks.contract.bookingevent.BookingEventHandler;

/** Builds the CDI-free use-case services from the adapters' port implementations and MP Config. */
@ApplicationScoped
class UseCaseWiring {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    LinkSettings linkSettings(@ConfigProperty(name = "meetlinks.public-base-url") String publicBaseUrl) {
        return new LinkSettings(URI.create(publicBaseUrl));
    }

    @Produces
    @Singleton
    LinkStore linkStore(
            LoadSessionPort sessions,
            SaveSessionPort saveSessions,
            LoadMeetingLinkPort links,
            SaveMeetingLinkPort saveLinks,
            LoadSessionsWithLinksPort sessionsWithLinks) {
        return new LinkStore(sessions, saveSessions, links, saveLinks, sessionsWithLinks);
    }

    @Produces
    @Singleton
    EarlyChanges earlyChanges(LockSessionPort locks, HoldBookingChangesPort held) {
        return new EarlyChanges(locks, held);
    }

    @Produces
    @Singleton
    ConfirmSessionUseCase confirm(
            LinkStore store,
            RecordBookingEventPort events,
            QueueNotificationPort outbox,
            RunTransactionPort transactions,
            LinkGenerationQueue generation,
            EarlyChanges early,
            LinkSettings settings,
            Clock clock) {
        return new ConfirmSessionService(store, events, outbox, transactions, generation, early, settings, clock);
    }

    @Produces
    @Singleton
    RescheduleSessionUseCase reschedule(
            LinkStore store,
            RecordBookingEventPort events,
            QueueNotificationPort outbox,
            RunTransactionPort transactions,
            UpdateMeetingPort update,
            EarlyChanges early,
            LinkSettings settings,
            Clock clock) {
        return new RescheduleSessionService(store, events, outbox, transactions, update, early, settings, clock);
    }

    @Produces
    @Singleton
    CancelSessionUseCase cancel(
            LinkStore store,
            RecordBookingEventPort events,
            QueueNotificationPort outbox,
            RunTransactionPort transactions,
            DeleteMeetingPort delete,
            EarlyChanges early,
            LinkSettings settings,
            Clock clock) {
        return new CancelSessionService(store, events, outbox, transactions, delete, early, settings, clock);
    }

    @Produces
    @Singleton
    @Typed(ManualLinkService.class)
    ManualLinkService manualLinks(
            LinkStore store,
            QueueNotificationPort outbox,
            RunTransactionPort transactions,
            DeleteMeetingPort delete,
            LinkSettings settings,
            EmailLinks emailLinks,
            Clock clock) {
        return new ManualLinkService(store, outbox, transactions, delete, settings, emailLinks, clock);
    }

    @Produces
    @Singleton
    SetManualLinkUseCase manualLink(ManualLinkService service) {
        return service;
    }

    @Produces
    @Singleton
    @Typed(MeetingLinkQueryService.class)
    MeetingLinkQueryService queries(LinkStore store, LinkSettings settings, DataLifecycle lifecycle, Clock clock) {
        return new MeetingLinkQueryService(store, settings, lifecycle, clock);
    }

    @Produces
    @Singleton
    GetMeetingLinkUseCase getMeetingLink(MeetingLinkQueryService queries) {
        return queries;
    }

    @Produces
    @Singleton
    ResolveJoinLinkUseCase resolveJoinLink(MeetingLinkQueryService queries) {
        return queries;
    }

    @Produces
    @Singleton
    BookingEventHandler bookingEventHandler(
            ConfirmSessionUseCase confirm, RescheduleSessionUseCase reschedule, CancelSessionUseCase cancel) {
        return new BookingEventHandler(confirm, reschedule, cancel);
    }
}
