package org.meetlinks.adapter.out.providers.google;

import java.util.List;

/** The JSON shapes of the Calendar v3 API that this adapter reads and writes (absent fields are null). */
public final class GoogleJson {
    private GoogleJson() {}

    /** An event (insert/patch body and get/insert answer). */
    public record Event(
            String id,
            String status,
            String summary,
            String description,
            EventTime start,
            EventTime end,
            String hangoutLink,
            ConferenceData conferenceData) {}

    /** Start or end of a timed event: RFC 3339 date-time plus IANA time zone. */
    public record EventTime(String dateTime, String timeZone) {}

    /** The event's conference: our create request (with its status) and, once ready, its entry points. */
    public record ConferenceData(CreateRequest createRequest, List<EntryPoint> entryPoints, String conferenceId) {}

    /** Asks Google to create a conference of the given solution for the event. */
    public record CreateRequest(String requestId, SolutionKey conferenceSolutionKey, RequestStatus status) {}

    /** Conference solution, here always {@code hangoutsMeet}. */
    public record SolutionKey(String type) {}

    /** pending | success | failure. */
    public record RequestStatus(String statusCode) {}

    /** A way to join the conference; the {@code video} one carries the Meet URL. */
    public record EntryPoint(String entryPointType, String uri) {}

    /** A calendar; for {@code primary} its id is the account's email address. */
    public record CalendarResource(String id, ConferenceProperties conferenceProperties) {}

    /** The conference solutions a calendar supports ({@code hangoutsMeet} unless an admin turned Meet off). */
    public record ConferenceProperties(List<String> allowedConferenceSolutionTypes) {}

    /** Google's error envelope. */
    public record ErrorBody(ApiError error) {}

    /** The error: HTTP code repeated, message and the detailed reasons. */
    public record ApiError(Integer code, String message, List<ErrorItem> errors) {}

    /** One reason, e.g. domain usageLimits, reason rateLimitExceeded. */
    public record ErrorItem(String domain, String reason, String message) {}
}
