package org.meetlinks.application.port.in;

/** Moves a session: provider meeting updated, invites re-sent with a higher sequence. */
public interface RescheduleSessionUseCase {
    BookingOutcome reschedule(RescheduleSessionCommand command);
}
