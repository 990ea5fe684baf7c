package org.meetlinks.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.meetlinks.application.port.in.ListMySessionsUseCase;
import org.meetlinks.application.port.out.LoadSessionsOfPersonPort;
import org.meetlinks.application.service.LinkSettings;
import org.meetlinks.application.service.ListMySessionsService;

/** Builds the dashboard's use case (GET /api/me/sessions) from the persistence adapter's port. */
@ApplicationScoped
class DashboardWiring {

    @Produces
    @Singleton
    ListMySessionsUseCase listMySessions(LoadSessionsOfPersonPort sessions, LinkSettings settings, Clock clock) {
        return new ListMySessionsService(sessions, settings, clock);
    }
}
