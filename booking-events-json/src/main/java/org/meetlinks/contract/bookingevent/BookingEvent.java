package org.meetlinks.contract.bookingevent;

import java.time.Duration;
import org.meetlinks.application.port.in.BookingOutcome;
import org.meetlinks.application.port.in.CancelSessionCommand;
import org.meetlinks.application.port.in.ConfirmSessionCommand;
import org.meetlinks.application.port.in.RescheduleSessionCommand;

/** A parsed, valid booking event: one of the three commands, each knowing which use case runs it. */
public sealed interface BookingEvent {

    /** Runs the event's use case; a confirmation waits up to {@code waitForLink} for the real link. */
    BookingOutcome runWith(BookingUseCases useCases, Duration waitForLink);

    /** BookingConfirmed. */
    record Confirmed(ConfirmSessionCommand command) implements BookingEvent {
        @Override
        public BookingOutcome runWith(BookingUseCases useCases, Duration waitForLink) {
            return useCases.confirm().confirm(command, waitForLink);
        }
    }

    /** BookingRescheduled. */
    record Rescheduled(RescheduleSessionCommand command) implements BookingEvent {
        @Override
        public BookingOutcome runWith(BookingUseCases useCases, Duration waitForLink) {
            return useCases.reschedule().reschedule(command);
        }
    }

    /** BookingCancelled. */
    record Cancelled(CancelSessionCommand command) implements BookingEvent {
        @Override
        public BookingOutcome runWith(BookingUseCases useCases, Duration waitForLink) {
            return useCases.cancel().cancel(command);
        }
    }
}
