package org.meetlinks.adapter.in.rest;

import org.meetlinks.application.port.in.BookingOutcome;

/** JSON answer to a booking event: whether it was new, and the session's link now. */
public record BookingEventResponse(String eventId, String sessionId, boolean duplicate,
                                   MeetingLinkResponse meetingLink) {

    static BookingEventResponse of(BookingOutcome outcome) {
        return new BookingEventResponse(outcome.eventId(), outcome.sessionId(), outcome.duplicate(),
                MeetingLinkResponse.of(outcome.meetingLink()));
    }
}
