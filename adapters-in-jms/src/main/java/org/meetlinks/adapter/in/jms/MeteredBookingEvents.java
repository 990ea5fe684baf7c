package org.meetlinks.adapter.in.jms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.meetlinks.application.port.in.BookingOutcome;

/**
 * Counts the booking events delivered over JMS by how they were handled, as
 * {@code meetlinks_booking_events_total{transport="jms",result}}: redeliveries show as DUPLICATE.
 */
@ApplicationScoped
public class MeteredBookingEvents implements HandledBookingEvents {
    private final MetricRegistry registry;

    @Inject
    public MeteredBookingEvents(MetricRegistry registry) {
        this.registry = registry;
    }

    /** For the CDI client proxy only. */
    protected MeteredBookingEvents() {
        this.registry = null;
    }

    @Override
    public void handled(BookingOutcome.Result result) {
        registry.counter("meetlinks_booking_events", new Tag("transport", "jms"), new Tag("result", result.name()))
                .inc();
    }
}
