package org.meetlinks.simulator.google;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/** Which fields of an event the server owns and which the client may set. */
final class EventFields {

    /** Fields the server owns; values a client sends for them are ignored. */
    static final Set<String> SERVER_FIELDS = Set.of(
            "kind",
            "etag",
            "id",
            "htmlLink",
            "created",
            "updated",
            "creator",
            "organizer",
            "hangoutLink",
            "conferenceData",
            "iCalUID");

    private EventFields() {}

    /** Keeps only client-owned fields of a request body. */
    static ObjectNode clientOwned(JsonNode body) {
        ObjectNode copy = body.deepCopy();
        copy.remove(SERVER_FIELDS);
        return copy;
    }
}
