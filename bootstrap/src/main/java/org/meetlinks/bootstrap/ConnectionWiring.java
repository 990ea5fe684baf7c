package org.meetlinks.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.meetlinks.application.port.in.ConnectProviderUseCase;
import org.meetlinks.application.port.in.DeauthorizeAccountUseCase;
import org.meetlinks.application.port.in.ManageConnectionsUseCase;
import org.meetlinks.application.port.in.ManagePreferencesUseCase;
import org.meetlinks.application.port.in.ReconnectFromEmailUseCase;
import org.meetlinks.application.port.out.AuthorizeProviderPort;
import org.meetlinks.application.port.out.FindConnectionByAccountPort;
import org.meetlinks.application.port.out.KeepAuthorizationStatePort;
import org.meetlinks.application.port.out.LoadMentorPreferencePort;
import org.meetlinks.application.port.out.LoadProviderConnectionsPort;
import org.meetlinks.application.port.out.LoadProviderGrantPort;
import org.meetlinks.application.port.out.LoadUpcomingProviderLinksPort;
import org.meetlinks.application.port.out.RunTransactionPort;
import org.meetlinks.application.port.out.SaveMeetingLinkPort;
import org.meetlinks.application.port.out.SavePreferencePort;
import org.meetlinks.application.port.out.SaveProviderGrantPort;
import org.meetlinks.application.port.out.ScheduleRegenerationPort;
import org.meetlinks.application.service.AccountDeauthorizationService;
import org.meetlinks.application.service.EmailLinks;
import org.meetlinks.application.service.ManageConnectionsService;
import org.meetlinks.application.service.PreferenceService;
import org.meetlinks.application.service.ProviderConnectionService;
import org.meetlinks.application.service.RelinkWait;

/** Wires connecting (and providers' deauthorizing) Google/Zoom accounts and the mentor's preferences. */
@ApplicationScoped
class ConnectionWiring {

    @Produces
    @Singleton
    @Typed(ProviderConnectionService.class)
    ProviderConnectionService connections(
            AuthorizeProviderPort oauth,
            KeepAuthorizationStatePort states,
            SaveProviderGrantPort saveGrants,
            LoadProviderConnectionsPort connections,
            ScheduleRegenerationPort regeneration,
            RunTransactionPort transactions,
            EmailLinks emailLinks,
            RelinkWait relinkWait,
            Clock clock) {
        return new ProviderConnectionService(
                oauth, states, saveGrants, connections, regeneration, transactions, emailLinks, relinkWait, clock);
    }

    @Produces
    @Singleton
    ReconnectFromEmailUseCase reconnectFromEmail(ProviderConnectionService service) {
        return service;
    }

    @Produces
    @Singleton
    ConnectProviderUseCase connect(ProviderConnectionService service) {
        return service;
    }

    @Produces
    @Singleton
    ManageConnectionsUseCase manageConnections(
            AuthorizeProviderPort oauth,
            LoadProviderGrantPort grants,
            SaveProviderGrantPort saveGrants,
            LoadProviderConnectionsPort connections,
            RunTransactionPort transactions) {
        return new ManageConnectionsService(oauth, grants, saveGrants, connections, transactions);
    }

    @Produces
    @Singleton
    DeauthorizeAccountUseCase deauthorizations(
            FindConnectionByAccountPort accounts,
            SaveProviderGrantPort grants,
            LoadUpcomingProviderLinksPort upcoming,
            SaveMeetingLinkPort links,
            RunTransactionPort transactions,
            Clock clock) {
        return new AccountDeauthorizationService(accounts, grants, upcoming, links, transactions, clock);
    }

    @Produces
    @Singleton
    ManagePreferencesUseCase preferences(
            LoadMentorPreferencePort load, SavePreferencePort save, RunTransactionPort transactions) {
        return new PreferenceService(load, save, transactions);
    }
}
