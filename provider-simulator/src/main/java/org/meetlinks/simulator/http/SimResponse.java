package org.meetlinks.simulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An immutable simulator answer: status, headers, optional body and an optional delay before sending. */
public final class SimResponse {

    private final int status;
    private final Map<String, String> headers;
    private final String body;
    private final long delayMs;

    private SimResponse(int status, Map<String, String> headers, String body, long delayMs) {
        this.status = status;
        this.headers = Collections.unmodifiableMap(headers);
        this.body = body;
        this.delayMs = delayMs;
    }

    /** A JSON answer. */
    public static SimResponse json(int status, JsonNode body) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", "application/json; charset=UTF-8");
        return new SimResponse(status, h, Json.write(body), 0);
    }

    /** An HTML page. */
    public static SimResponse html(int status, String page) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Content-Type", "text/html; charset=UTF-8");
        return new SimResponse(status, h, page, 0);
    }

    /** A 302 redirect. */
    public static SimResponse redirect(String location) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Location", location);
        h.put("Cache-Control", "no-store");
        return new SimResponse(302, h, null, 0);
    }

    /** A body-less answer such as 204. */
    public static SimResponse empty(int status) {
        return new SimResponse(status, new LinkedHashMap<>(), null, 0);
    }

    /** A copy with one more header. */
    public SimResponse withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new SimResponse(status, h, body, delayMs);
    }

    /** A copy that is sent only after the given extra delay. */
    public SimResponse withAddedDelay(long extraMs) {
        return extraMs <= 0 ? this : new SimResponse(status, new LinkedHashMap<>(headers), body, delayMs + extraMs);
    }

    /** HTTP status. */
    public int status() {
        return status;
    }

    /** Response headers. */
    public Map<String, String> headers() {
        return headers;
    }

    /** Body text or null for none. */
    public String body() {
        return body;
    }

    /** Milliseconds to wait before sending. */
    public long delayMs() {
        return delayMs;
    }
}
