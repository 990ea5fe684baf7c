package org.meetlinks.simulator.control;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import org.meetlinks.simulator.http.Json;

/**
 * A request the simulator refused because a correct client would never send it.
 *
 * @param time     when it arrived
 * @param provider "google", "zoom" or "control"
 * @param method   HTTP method
 * @param path     path and query
 * @param status   status answered
 * @param reason   why it was refused
 * @param body     the request body, cut to 2000 characters
 */
public record RejectedRequest(
        Instant time, String provider, String method, String path, int status, String reason, String body) {

    /** JSON form for GET /__sim/requests/rejected. */
    public ObjectNode toJson() {
        ObjectNode n = Json.object();
        n.put("time", time.toString());
        n.put("provider", provider);
        n.put("method", method);
        n.put("path", path);
        n.put("status", status);
        n.put("reason", reason);
        n.put("body", body);
        return n;
    }
}
