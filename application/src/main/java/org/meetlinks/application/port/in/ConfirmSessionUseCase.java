package org.meetlinks.application.port.in;

/** Gives a newly confirmed session its join link and starts making its meeting. */
public interface ConfirmSessionUseCase {
    BookingOutcome confirm(ConfirmSessionCommand command);
}
