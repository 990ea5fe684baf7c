package org.meetlinks.adapter.in.jms;

import org.meetlinks.application.port.in.BookingOutcome;

/** Hears how each booking event delivered over JMS was handled (applied, a duplicate, held, ignored). */
public interface HandledBookingEvents {
    void handled(BookingOutcome.Result result);
}
