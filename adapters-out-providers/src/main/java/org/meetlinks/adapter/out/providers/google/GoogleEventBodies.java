package org.meetlinks.adapter.out.providers.google;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.meetlinks.application.port.out.MeetingRequest;
import org.meetlinks.domain.TimeZones;

/** The Calendar event bodies sent for a session: a new event that asks for a Meet conference, and a move. */
final class GoogleEventBodies {
    /** The conference solution that makes a Meet link. */
    static final String HANGOUTS_MEET = "hangoutsMeet";

    private static final int MAX_SUMMARY = 1_000;

    private GoogleEventBodies() {}

    /** The patch that moves the session's event (and renames it, should the topic have changed). */
    static GoogleJson.Event move(MeetingRequest request) {
        return new GoogleJson.Event(
                null,
                null,
                summary(request),
                null,
                time(request.startsAt(), request.timeZone()),
                time(request.endsAt(), request.timeZone()),
                null,
                null);
    }

    /** The session's event under {@code eventId}, with a Meet create request unique to this revision. */
    static GoogleJson.Event newEvent(MeetingRequest request, String eventId, int revision) {
        GoogleJson.CreateRequest conference = new GoogleJson.CreateRequest(
                GoogleEventIds.conferenceRequestId(request.sessionId(), revision),
                new GoogleJson.SolutionKey(HANGOUTS_MEET),
                null);
        return new GoogleJson.Event(
                eventId,
                null,
                summary(request),
                GoogleEventDescription.of(request),
                time(request.startsAt(), request.timeZone()),
                time(request.endsAt(), request.timeZone()),
                null,
                new GoogleJson.ConferenceData(conference, null, null));
    }

    private static String summary(MeetingRequest request) {
        String topic = request.topic().isBlank()
                ? "Mentoring session"
                : request.topic().strip();
        return topic.length() > MAX_SUMMARY ? topic.substring(0, MAX_SUMMARY) : topic;
    }

    /** Google needs an IANA zone name next to the date-time (an offset is refused). */
    private static GoogleJson.EventTime time(Instant at, ZoneId sessionZone) {
        ZoneId zone = TimeZones.regionOrUtc(sessionZone);
        return new GoogleJson.EventTime(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(zone)), zone.getId());
    }
}
