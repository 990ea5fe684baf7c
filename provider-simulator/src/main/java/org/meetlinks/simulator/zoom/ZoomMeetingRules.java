package org.meetlinks.simulator.zoom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.meetlinks.simulator.api.ApiRejection;
import org.meetlinks.simulator.http.Json;
import org.meetlinks.simulator.validation.TimeZoneNames;

/** Reads meeting fields from a create/PATCH body and checks what the OpenAPI schema cannot (time syntax, zone ids). */
public final class ZoomMeetingRules {

    private static final Pattern GMT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    private static final Pattern LOCAL = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?");

    private ZoomMeetingRules() {}

    /** Parses the body (must be a JSON object). */
    public static ObjectNode body(String text) {
        try {
            JsonNode node = Json.parse(text);
            if (node instanceof ObjectNode) {
                return (ObjectNode) node;
            }
        } catch (JsonProcessingException e) {
            throw ApiRejection.invalid(
                    ZoomErrors.error(400, 300, "Request Body should be a valid JSON object."),
                    "request body is not JSON: " + e.getOriginalMessage());
        }
        throw ApiRejection.invalid(
                ZoomErrors.error(400, 300, "Request Body should be a valid JSON object."),
                "request body must be a JSON object");
    }

    /**
     * Extracts the meeting values.
     *
     * @param body        request body
     * @param defaultZone zone for a start_time without offset when the body has no timezone
     */
    public static ZoomMeetingValues values(ObjectNode body, String defaultZone) {
        String timezone = Json.text(body, "timezone");
        if (timezone != null) {
            zone(timezone);
        }
        Instant start = null;
        String startText = Json.text(body, "start_time");
        if (startText != null) {
            start = startTime(startText, timezone != null ? timezone : defaultZone);
        }
        JsonNode settings = body.get("settings");
        return new ZoomMeetingValues(
                Json.text(body, "topic"),
                body.hasNonNull("type") ? body.get("type").asInt() : null,
                start,
                body.hasNonNull("duration") ? body.get("duration").asInt() : null,
                timezone,
                Json.text(body, "agenda"),
                Json.text(body, "password"),
                settings instanceof ObjectNode ? (ObjectNode) settings : null);
    }

    private static Instant startTime(String text, String zone) {
        try {
            if (GMT.matcher(text).matches()) {
                return Instant.parse(text);
            }
            if (LOCAL.matcher(text).matches()) {
                return LocalDateTime.parse(text).atZone(zone(zone)).toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            throw ApiRejection.invalid(
                    ZoomErrors.invalidField(
                            "start_time",
                            "Invalid start_time '" + text
                                    + "': use yyyy-MM-ddTHH:mm:ssZ (GMT) or yyyy-MM-ddTHH:mm:ss with timezone"),
                    "start_time '" + text + "' is neither yyyy-MM-ddTHH:mm:ssZ nor yyyy-MM-ddTHH:mm:ss");
        }
    }

    private static ZoneId zone(String id) {
        return TimeZoneNames.parse(id)
                .orElseThrow(() -> ApiRejection.invalid(
                        ZoomErrors.invalidField("timezone", "Invalid timezone '" + id + "'"),
                        "timezone '" + id
                                + "' is not an IANA time zone name (Zoom takes names from its timezone list)"));
    }
}
