package org.meetlinks.simulator.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Set;
import org.meetlinks.simulator.Provider;
import org.meetlinks.simulator.http.Json;

/** Strict reading of control-API JSON bodies: unknown fields and wrong types are errors, so typos in tests show. */
public final class ControlBody {

    private final ObjectNode body;

    private ControlBody(ObjectNode body) {
        this.body = body;
    }

    /** Parses a body that must be a JSON object whose fields are all among the allowed names. */
    public static ControlBody parse(String text, Set<String> allowed) {
        JsonNode node;
        try {
            node = Json.parse(text.isBlank() ? "{}" : text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("body is not JSON: " + e.getOriginalMessage(), e);
        }
        if (!(node instanceof ObjectNode)) {
            throw new IllegalArgumentException("body must be a JSON object");
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException("unknown field '" + name + "'; allowed: " + allowed);
            }
        }
        return new ControlBody((ObjectNode) node);
    }

    /** The raw object. */
    public ObjectNode node() {
        return body;
    }

    /** The "provider" field, which must name a provider. */
    public Provider provider() {
        String id = string("provider");
        return Provider.fromId(id)
                .orElseThrow(() -> new IllegalArgumentException("'provider' must be \"google\" or \"zoom\""));
    }

    /** A text field or null when absent. */
    public String string(String name) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException("'" + name + "' must be a string");
        }
        return v.asText();
    }

    /** A boolean field or null when absent. */
    public Boolean bool(String name) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw new IllegalArgumentException("'" + name + "' must be true or false");
        }
        return v.asBoolean();
    }

    /** An integer field or null when absent. */
    public Long integer(String name) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber()) {
            throw new IllegalArgumentException("'" + name + "' must be an integer");
        }
        return v.asLong();
    }
}
