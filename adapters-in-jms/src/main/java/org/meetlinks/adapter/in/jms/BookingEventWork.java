package org.meetlinks.adapter.in.jms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import org.meetlinks.application.port.in.BookingOutcome;
import org.meetlinks.contract.bookingevent.BookingEventHandler;

/**
 * Runs a delivered booking event with the listener's transaction suspended. That transaction only acknowledges the
 * message; the use cases open short transactions of their own. Without the suspension every database read would
 * join it and keep a pooled connection until the delivery ends — while the provider is called, and while the
 * use case waits for a second connection: under load that exhausts the pool.
 */
@ApplicationScoped
class BookingEventWork {
    private final BookingEventHandler handler;

    @Inject
    BookingEventWork(BookingEventHandler handler) {
        this.handler = handler;
    }

    /** For CDI client proxies only. */
    BookingEventWork() {
        this.handler = null;
    }

    /**
     * Acknowledges without waiting for the meeting: the session is stored and its generation queued.
     * A RuntimeException still reaches the listener, which rolls the delivery back for redelivery. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BookingOutcome handle(String json) {
        return handler.handle(json, Duration.ZERO);
    }
}
