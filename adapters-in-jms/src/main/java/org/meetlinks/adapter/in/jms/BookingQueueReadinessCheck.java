package org.meetlinks.adapter.in.jms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.QueueBrowser;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness: the booking-event queue can be reached. */
@Readiness
@ApplicationScoped
class BookingQueueReadinessCheck implements HealthCheck {
    private final JmsResources resources;

    @Inject
    BookingQueueReadinessCheck(JmsResources resources) {
        this.resources = resources;
    }

    /** For CDI client proxies only. */
    BookingQueueReadinessCheck() {
        this.resources = null;
    }

    @Override
    public HealthCheckResponse call() {
        try (JMSContext context = resources.connectionFactory().createContext();
                QueueBrowser browser = context.createBrowser(resources.bookingEvents())) {
            browser.getEnumeration();
            return HealthCheckResponse.named("booking-event-queue").up().build();
        } catch (JMSRuntimeException | jakarta.jms.JMSException e) {
            return HealthCheckResponse.named("booking-event-queue")
                    .down()
                    .withData("error", e.getMessage())
                    .build();
        }
    }
}
