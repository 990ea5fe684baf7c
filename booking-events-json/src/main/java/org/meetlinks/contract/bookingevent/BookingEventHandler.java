package org.meetlinks.contract.bookingevent;

import org.meetlinks.application.port.in.BookingOutcome;
import org.meetlinks.application.port.in.CancelSessionUseCase;
import org.meetlinks.application.port.in.ConfirmSessionUseCase;
import org.meetlinks.application.port.in.RescheduleSessionUseCase;

/** Handles one booking event as received on any transport: parse, validate, run the use case. */
public final class BookingEventHandler {
    private final BookingEventParser parser = new BookingEventParser();
    private final ConfirmSessionUseCase confirm;
    private final RescheduleSessionUseCase reschedule;
    private final CancelSessionUseCase cancel;

    public BookingEventHandler(ConfirmSessionUseCase confirm, RescheduleSessionUseCase reschedule,
                               CancelSessionUseCase cancel) {
        this.confirm = confirm;
        this.reschedule = reschedule;
        this.cancel = cancel;
    }

    /** @throws MalformedBookingEventException when the event can never be handled as sent */
    public BookingOutcome handle(String json) {
        BookingEvent event = parser.parse(json);
        if (event instanceof BookingEvent.Confirmed confirmed) {
            return confirm.confirm(confirmed.command());
        }
        if (event instanceof BookingEvent.Rescheduled rescheduled) {
            return reschedule.reschedule(rescheduled.command());
        }
        return cancel.cancel(((BookingEvent.Cancelled) event).command());
    }
}
