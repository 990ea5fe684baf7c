package org.meetlinks.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.meetlinks.application.port.out.CountLinkChecksPort;
import org.meetlinks.application.port.out.RecordLinkOutcomePort;
import org.meetlinks.domain.FailureKind;
import org.meetlinks.domain.LinkCheckOutcome;
import org.meetlinks.domain.Platform;

/**
 * Publishes how link generation goes on /metrics: time from confirmation to link and provider time per
 * platform (timers, with buckets set in microprofile-config.properties), and outcomes by platform and failure
 * kind (counters), e.g. meetlinks_links_total{platform="ZOOM",outcome="AUTH"}, and the outcomes of the checks before
 * sessions, e.g. meetlinks_link_checks_total{platform="GOOGLE_MEET",outcome="RECREATED"}.
 */
@ApplicationScoped
class LinkMetrics implements RecordLinkOutcomePort, CountLinkChecksPort {
    private final MetricRegistry registry;

    @Inject
    LinkMetrics(MetricRegistry registry) {
        this.registry = registry;
    }

    /** For CDI client proxies only. */
    LinkMetrics() {
        this.registry = null;
    }

    @Override
    public void linked(Platform platform, Duration providerTime, Duration timeToLink) {
        Tag onPlatform = new Tag("platform", platform.name());
        registry.timer("meetlinks_provider_create", onPlatform).update(providerTime);
        registry.timer("meetlinks_time_to_link", onPlatform).update(timeToLink);
        outcome(platform, "LINKED");
    }

    @Override
    public void failed(Platform platform, FailureKind kind) {
        outcome(platform, kind.name());
    }

    @Override
    public void checked(Platform platform, LinkCheckOutcome outcome) {
        registry.counter(
                        "meetlinks_link_checks",
                        new Tag("platform", platform.name()),
                        new Tag("outcome", outcome.name()))
                .inc();
    }

    private void outcome(Platform platform, String outcome) {
        registry.counter("meetlinks_links", new Tag("platform", platform.name()), new Tag("outcome", outcome))
                .inc();
    }
}
