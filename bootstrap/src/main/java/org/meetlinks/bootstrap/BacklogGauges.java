package org.meetlinks.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.meetlinks.application.port.in.LinkBacklog;
import org.meetlinks.application.port.in.LinkBacklogUseCase;
import org.meetlinks.domain.LinkStatus;
import org.meetlinks.domain.Platform;

/**
 * Gauges on /metrics for what is still open: sessions awaiting a link (by status) and connections needing a
 * reconnect (by platform). The counts are refreshed by {@link BackgroundWork} every few seconds, so a scrape
 * never runs a query.
 */
@ApplicationScoped
class BacklogGauges {
    private final MetricRegistry registry;
    private final LinkBacklogUseCase query;
    private final AtomicReference<LinkBacklog> latest = new AtomicReference<>(new LinkBacklog(0, 0, Map.of()));

    @Inject
    BacklogGauges(MetricRegistry registry, LinkBacklogUseCase query) {
        this.registry = registry;
        this.query = query;
    }

    /** For CDI client proxies only. */
    BacklogGauges() {
        this.registry = null;
        this.query = null;
    }

    @PostConstruct
    void register() {
        registry.gauge(
                "meetlinks_sessions_awaiting_link",
                latest,
                b -> b.get().pending(),
                new Tag("status", LinkStatus.PENDING.name()));
        registry.gauge(
                "meetlinks_sessions_awaiting_link",
                latest,
                b -> b.get().awaitingManualLink(),
                new Tag("status", LinkStatus.AWAITING_MANUAL_LINK.name()));
        for (Platform platform : new Platform[] {Platform.GOOGLE_MEET, Platform.ZOOM}) {
            registry.gauge(
                    "meetlinks_connections_needing_reconnect",
                    latest,
                    b -> b.get().needingReconnect(platform),
                    new Tag("platform", platform.name()));
        }
    }

    /** Counts again; returns the number of sessions awaiting a link. */
    int refresh() {
        LinkBacklog backlog = query.backlog();
        latest.set(backlog);
        return (int) Math.min(Integer.MAX_VALUE, backlog.awaitingLink());
    }
}
