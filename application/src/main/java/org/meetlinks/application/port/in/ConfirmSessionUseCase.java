package org.meetlinks.application.port.in;

import java.time.Duration;

/** Gives a newly confirmed session its join link and starts making its meeting. */
public interface ConfirmSessionUseCase {
    /**
     * Records the session (durably, with its join URL) and hands the meeting to the generation pool.
     *
     * @param waitForLink how long to wait for the real link before answering with the link as it stands then; zero
     *                    (for transports that only acknowledge, such as JMS) answers with the link as the intake
     *                    stored it, without reading it again
     */
    BookingOutcome confirm(ConfirmSessionCommand command, Duration waitForLink);
}
