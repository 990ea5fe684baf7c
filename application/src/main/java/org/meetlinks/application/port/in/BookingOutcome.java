package org.meetlinks.application.port.in;

/** Result of handling one booking event: whether it was new, and the session's link afterwards. */
public record BookingOutcome(String eventId, String sessionId, boolean duplicate, MeetingLinkView meetingLink) {
}
