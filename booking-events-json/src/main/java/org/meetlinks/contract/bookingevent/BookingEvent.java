package org.meetlinks.contract.bookingevent;

import org.meetlinks.application.port.in.CancelSessionCommand;
import org.meetlinks.application.port.in.ConfirmSessionCommand;
import org.meetlinks.application.port.in.RescheduleSessionCommand;

/** A parsed, valid booking event: one of the three commands. */
public sealed interface BookingEvent {

    /** BookingConfirmed. */
    record Confirmed(ConfirmSessionCommand command) implements BookingEvent {
    }

    /** BookingRescheduled. */
    record Rescheduled(RescheduleSessionCommand command) implements BookingEvent {
    }

    /** BookingCancelled. */
    record Cancelled(CancelSessionCommand command) implements BookingEvent {
    }
}
