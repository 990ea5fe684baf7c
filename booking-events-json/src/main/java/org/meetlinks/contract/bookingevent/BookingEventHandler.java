package org.meetlinks.contract.bookingevent;

import java.time.Duration;
import org.meetlinks.application.port.in.BookingOutcome;
import org.meetlinks.application.port.in.CancelSessionUseCase;
import org.meetlinks.application.port.in.ConfirmSessionUseCase;
import org.meetlinks.application.port.in.RescheduleSessionUseCase;

/** Handles one booking event as received on any transport: parse, validate, run the use case. */
public final class BookingEventHandler {
    private final BookingEventParser parser = new BookingEventParser();
    private final BookingUseCases useCases;

    public BookingEventHandler(
            ConfirmSessionUseCase confirm, RescheduleSessionUseCase reschedule, CancelSessionUseCase cancel) {
        this.useCases = new BookingUseCases(confirm, reschedule, cancel);
    }

    /**
     * @param waitForLink how long a confirmation waits for the real link before answering (zero: acknowledge only)
     * @throws MalformedBookingEventException when the event can never be handled as sent
     */
    public BookingOutcome handle(String json, Duration waitForLink) {
        return parser.parse(json).runWith(useCases, waitForLink);
    }
}
