package org.meetlinks.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.meetlinks.application.port.in.LinkBacklogUseCase;
import org.meetlinks.application.port.in.ListMySessionsUseCase;
import org.meetlinks.application.port.out.CountBacklogPort;
import org.meetlinks.application.port.out.LoadSessionsOfPersonPort;
import org.meetlinks.application.service.LinkBacklogService;
import org.meetlinks.application.service.LinkSettings;
import org.meetlinks.application.service.ListMySessionsService;

/** Builds the read-side use cases: the dashboard (GET /api/me/sessions) and the backlog behind the gauges. */
@ApplicationScoped
class DashboardWiring {

    @Produces
    @Singleton
    ListMySessionsUseCase listMySessions(LoadSessionsOfPersonPort sessions, LinkSettings settings, Clock clock) {
        return new ListMySessionsService(sessions, settings, clock);
    }

    @Produces
    @Singleton
    LinkBacklogUseCase linkBacklog(CountBacklogPort counts, Clock clock) {
        return new LinkBacklogService(counts, clock);
    }
}
