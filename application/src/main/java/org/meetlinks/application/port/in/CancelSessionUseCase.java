package org.meetlinks.application.port.in;

/** Cancels a session: link ended, provider meeting deleted, cancellations sent. */
public interface CancelSessionUseCase {
    BookingOutcome cancel(CancelSessionCommand command);
}
