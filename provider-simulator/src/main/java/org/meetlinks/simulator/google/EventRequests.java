package org.meetlinks.simulator.google;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.meetlinks.simulator.api.ApiCall;
import org.meetlinks.simulator.api.ApiRejection;
import org.meetlinks.simulator.http.Json;

/** Reads and checks the parts of an events request: its JSON body, client event id and query parameters. */
final class EventRequests {

    private EventRequests() {}

    /** The request body as a JSON object; anything else is refused as Google's parse error. */
    static ObjectNode body(ApiCall call) {
        try {
            JsonNode body = Json.parse(call.request().body());
            if (body instanceof ObjectNode) {
                return (ObjectNode) body;
            }
        } catch (JsonProcessingException e) {
            throw ApiRejection.invalid(
                    GoogleErrors.badRequest("parseError", "Parse Error", null),
                    "request body is not JSON: " + e.getOriginalMessage());
        }
        throw ApiRejection.invalid(
                GoogleErrors.badRequest("parseError", "Parse Error", null), "request body must be a JSON object");
    }

    /** The event id the client chose in the body, checked; empty when it left the id to Google. */
    static Optional<String> clientEventId(ObjectNode body) {
        String clientId = Json.text(body, "id");
        if (body.has("id") && clientId == null) {
            throw ApiRejection.invalid(
                    GoogleErrors.badRequest("invalid", "Invalid resource id value.", "id"),
                    "event id must be a string");
        }
        if (clientId != null) {
            GoogleEventRules.checkId(clientId);
        }
        return Optional.ofNullable(clientId);
    }

    /** Whether the request asks for conferenceDataVersion=1 (without it Google ignores conferenceData). */
    static boolean conferenceVersion1(ApiCall call) {
        return "1".equals(call.request().query("conferenceDataVersion").orElse("0"));
    }

    /** Refuses an insert without conferenceDataVersion=1, which Google would accept but give no Meet link. */
    static void requireConferenceVersion1(ApiCall call) {
        if (!conferenceVersion1(call)) {
            throw ApiRejection.invalid(
                    GoogleErrors.badRequest(
                            "invalid",
                            "conferenceDataVersion=1 is required to create a Meet conference",
                            "conferenceDataVersion"),
                    "events.insert without conferenceDataVersion=1: Google would silently ignore conferenceData "
                            + "and create no Meet link (the simulator refuses it instead)");
        }
    }

    /** The sendUpdates query parameter, or null when the request has none. */
    static String sendUpdates(ApiCall call) {
        return call.request().query("sendUpdates").orElse(null);
    }
}
