package org.meetlinks.adapter.in.rest;

import org.meetlinks.application.port.in.BookingOutcome;

/**
 * JSON answer to a booking event: what it did ({@code result}: APPLIED, DUPLICATE, HELD or IGNORED), whether it was a
 * repeat, and the session's link now (left out while the change is held for a confirmation that has not come).
 */
public record BookingEventResponse(
        String eventId, String sessionId, boolean duplicate, String result, MeetingLinkResponse meetingLink) {

    static BookingEventResponse of(BookingOutcome outcome) {
        return new BookingEventResponse(
                outcome.eventId(),
                outcome.sessionId(),
                outcome.duplicate(),
                outcome.result().name(),
                outcome.meetingLink().map(MeetingLinkResponse::of).orElse(null));
    }
}
