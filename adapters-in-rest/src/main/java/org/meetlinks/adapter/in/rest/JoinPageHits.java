package org.meetlinks.adapter.in.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;

/** Counts visits to the "link not ready yet" page: the live measure of "where is my link?" moments. */
@ApplicationScoped
public class JoinPageHits {
    private final Counter notReady;

    @Inject
    public JoinPageHits(MetricRegistry registry) {
        this.notReady = registry.counter("meetlinks_join_not_ready_total");
    }

    /** For CDI client proxies only. */
    protected JoinPageHits() {
        this.notReady = null;
    }

    void notReady() {
        notReady.inc();
    }
}
