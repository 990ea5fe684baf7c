package org.meetlinks.adapter.in.jms;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;

/** The container's JMS resources for booking events (server.xml defines them). */
@ApplicationScoped
class JmsResources {
    @Resource(lookup = "jms/BookingEventsCF")
    private ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/BookingEvents")
    private Queue bookingEvents;

    @Resource(lookup = "jms/BookingEvents.DLQ")
    private Queue deadLetterQueue;

    ConnectionFactory connectionFactory() {
        return connectionFactory;
    }

    Queue bookingEvents() {
        return bookingEvents;
    }

    Queue deadLetterQueue() {
        return deadLetterQueue;
    }
}
