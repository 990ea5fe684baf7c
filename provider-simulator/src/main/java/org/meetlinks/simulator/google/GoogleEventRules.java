package org.meetlinks.simulator.google;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.meetlinks.simulator.api.ApiRejection;
import org.meetlinks.simulator.http.Json;
import org.meetlinks.simulator.validation.TimeZoneNames;

/** Checks of event fields that Google enforces but the OpenAPI schema cannot express. */
public final class GoogleEventRules {

    private static final Pattern EVENT_ID = Pattern.compile("[a-v0-9]{5,1024}");
    /** Reported as 8K (8,000 to 8,192) characters; the simulator takes the lower figure (see the fidelity table). */
    public static final int MAX_DESCRIPTION = 8_000;

    private GoogleEventRules() {}

    /** A client-supplied event id must be base32hex (a-v, 0-9) and 5-1024 characters long. */
    public static void checkId(String id) {
        if (!EVENT_ID.matcher(id).matches()) {
            throw ApiRejection.invalid(
                    GoogleErrors.badRequest("invalid", "Invalid resource id value.", "id"),
                    "event id '" + abbreviate(id) + "' is not 5-1024 characters of base32hex [a-v0-9]");
        }
    }

    /** An event's description may have at most {@link #MAX_DESCRIPTION} characters. */
    public static void checkDescription(JsonNode event) {
        JsonNode description = event.get("description");
        if (description != null
                && description.isTextual()
                && description.asText().codePointCount(0, description.asText().length()) > MAX_DESCRIPTION) {
            throw ApiRejection.invalid(
                    GoogleErrors.badRequest("invalid", "Description is too long.", "description"),
                    "event description has more than " + MAX_DESCRIPTION + " characters");
        }
    }

    /** start and end must be present (insert/update), valid, and end must not be before start. */
    public static void checkTimes(JsonNode event) {
        Instant start = time(event.get("start"), "start");
        Instant end = time(event.get("end"), "end");
        if (end.isBefore(start)) {
            throw ApiRejection.invalid(
                    GoogleErrors.badRequest("timeRangeEmpty", "The specified time range is empty.", "end.dateTime"),
                    "event end is before its start");
        }
    }

    /** A Meet create request needs a request id and the hangoutsMeet solution; answers the request id. */
    static String checkCreateRequest(JsonNode createRequest) {
        if (!createRequest.isObject()) {
            throw ApiRejection.invalid(
                    GoogleErrors.badRequest(
                            "required", "conferenceData.createRequest is required", "conferenceData.createRequest"),
                    "events.insert without conferenceData.createRequest creates no Meet link");
        }
        String requestId = Json.text(createRequest, "requestId");
        if (requestId == null || requestId.isBlank()) {
            throw ApiRejection.invalid(
                    GoogleErrors.badRequest(
                            "required", "Missing conference request id.", "conferenceData.createRequest.requestId"),
                    "conferenceData.createRequest.requestId is required");
        }
        String type = createRequest.path("conferenceSolutionKey").path("type").asText(null);
        if (!GoogleCalendars.HANGOUTS_MEET.equals(type)) {
            throw ApiRejection.invalid(
                    GoogleErrors.badRequest(
                            "invalid",
                            "Invalid conference type value.",
                            "conferenceData.createRequest.conferenceSolutionKey.type"),
                    "conferenceSolutionKey.type must be \"hangoutsMeet\" but was " + type);
        }
        return requestId;
    }

    private static Instant time(JsonNode node, String which) {
        if (node == null
                || node.isNull()
                || !node.isObject()
                || (!node.hasNonNull("dateTime") && !node.hasNonNull("date"))) {
            throw ApiRejection.invalid(
                    GoogleErrors.badRequest("required", "Missing " + which + " time.", which),
                    "event " + which + " (dateTime or date) is required");
        }
        String zone = node.hasNonNull("timeZone") ? node.get("timeZone").asText() : null;
        ZoneId zoneId = null;
        if (zone != null) {
            // Google takes IANA names only ("Europe/Zurich"); an offset or "GMT+1" is an invalid definition.
            zoneId = TimeZoneNames.parse(zone)
                    .orElseThrow(() -> ApiRejection.invalid(
                            GoogleErrors.badRequest(
                                    "invalid",
                                    "Invalid time zone definition for " + which + " time.",
                                    which + ".timeZone"),
                            which + ".timeZone '" + zone + "' is not an IANA time zone name"));
        }
        if (node.hasNonNull("date")) {
            try {
                return LocalDate.parse(node.get("date").asText())
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            } catch (DateTimeException e) {
                throw invalidTime(which, node.get("date").asText());
            }
        }
        String text = node.get("dateTime").asText();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException offsetMissing) {
            LocalDateTime local;
            try {
                local = LocalDateTime.parse(text);
            } catch (DateTimeException e) {
                throw invalidTime(which, text);
            }
            if (zoneId == null) {
                throw ApiRejection.invalid(
                        GoogleErrors.badRequest(
                                "required",
                                "Missing time zone definition for " + which + " time.",
                                which + ".timeZone"),
                        which + ".dateTime '" + text + "' has no UTC offset and no timeZone is given");
            }
            return local.atZone(zoneId).toInstant();
        }
    }

    private static ApiRejection invalidTime(String which, String text) {
        return ApiRejection.invalid(
                GoogleErrors.badRequest("invalid", "Invalid " + which + " time.", which),
                which + " '" + text + "' is not an RFC 3339 date-time / yyyy-MM-dd date");
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
