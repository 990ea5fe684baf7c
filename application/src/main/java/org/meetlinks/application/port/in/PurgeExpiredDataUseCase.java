package org.meetlinks.application.port.in;

/** The retention pass: deletes what is older than the configured retention. */
public interface PurgeExpiredDataUseCase {
    /** Deletes expired sessions (with link and mails), outbox rows and booking-event records; how many rows went. */
    int purgeExpired();
}
