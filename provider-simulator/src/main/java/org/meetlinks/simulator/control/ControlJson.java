package org.meetlinks.simulator.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.meetlinks.simulator.Provider;
import org.meetlinks.simulator.http.Json;
import org.meetlinks.simulator.http.SimResponse;

/** What every part of the control API reads from requests and answers the same way: providers, lists, errors. */
final class ControlJson {
    private ControlJson() {}

    /** The provider named {@code id}; anything else is a bad request. */
    static Provider provider(String id) {
        return Provider.fromId(id).orElseThrow(() -> new IllegalArgumentException("provider must be google or zoom"));
    }

    /** A JSON array of strings (empty when absent or null); anything else is a bad request. */
    static List<String> strings(JsonNode node, String name) {
        List<String> result = new ArrayList<>();
        if (node == null || node.isNull()) {
            return result;
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("'" + name + "' must be an array of strings");
        }
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw new IllegalArgumentException("'" + name + "' must be an array of strings");
            }
            result.add(item.asText());
        }
        return result;
    }

    /** 200 with {@code {"status": ...}}. */
    static SimResponse ok(String status) {
        ObjectNode n = Json.object();
        n.put("status", status);
        return SimResponse.json(200, n);
    }

    /** The control API's error answer: {@code not_found} for 404, {@code bad_request} otherwise. */
    static SimResponse error(int status, String message) {
        ObjectNode n = Json.object();
        n.put("error", status == 404 ? "not_found" : "bad_request");
        n.put("message", message);
        return SimResponse.json(status, n);
    }
}
