package org.meetlinks.adapter.out.providers.zoom;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.meetlinks.application.port.out.MeetingRequest;
import org.meetlinks.domain.TimeZones;

/** The meeting fields sent to Zoom for a request: topic within Zoom's limit, GMT start, whole minutes. */
final class ZoomRequestFields {
    private static final DateTimeFormatter UTC_START =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_TOPIC = 200;

    private ZoomRequestFields() {}

    static String topic(MeetingRequest request) {
        String topic = request.topic().isBlank()
                ? "Mentoring session"
                : request.topic().strip();
        return topic.length() > MAX_TOPIC ? topic.substring(0, MAX_TOPIC) : topic;
    }

    static String utcStart(MeetingRequest request) {
        return UTC_START.format(request.startsAt());
    }

    /** Zoom's {@code timezone}: an IANA name (an offset is not one). */
    static String timezone(MeetingRequest request) {
        return TimeZones.regionOrUtc(request.timeZone()).getId();
    }

    static int minutes(MeetingRequest request) {
        long seconds = Duration.between(request.startsAt(), request.endsAt()).getSeconds();
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (seconds + 59) / 60));
    }
}
