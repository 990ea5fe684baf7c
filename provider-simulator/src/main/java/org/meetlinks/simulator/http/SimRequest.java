package org.meetlinks.simulator.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** An immutable, engine-independent view of one HTTP request received by the simulator. */
public final class SimRequest {

    private final String method;
    private final String path;
    private final String rawQuery;
    private final Map<String, List<String>> query;
    private final Map<String, List<String>> headers;
    private final String body;
    private final Map<String, List<String>> form;
    private final Map<String, String> pathParams;

    private SimRequest(String method, String path, String rawQuery, Map<String, List<String>> headers, String body) {
        this.method = method.toUpperCase(Locale.ROOT);
        this.path = path;
        this.rawQuery = rawQuery;
        this.query = Collections.unmodifiableMap(FormCodec.parse(rawQuery));
        this.headers = headers;
        this.body = body == null ? "" : body;
        this.form = isForm() ? Collections.unmodifiableMap(FormCodec.parse(this.body)) : Map.of();
        this.pathParams = Map.of();
    }

    private SimRequest(SimRequest request, Map<String, String> pathParams) {
        this.method = request.method;
        this.path = request.path;
        this.rawQuery = request.rawQuery;
        this.query = request.query;
        this.headers = request.headers;
        this.body = request.body;
        this.form = request.form;
        this.pathParams = Map.copyOf(pathParams);
    }

    /**
     * Builds a request from the raw request line parts.
     *
     * @param method  HTTP method
     * @param url     path plus optional query string, still percent-encoded
     * @param headers header names (any case) to values
     * @param body    body text, may be null
     */
    public static SimRequest of(String method, String url, Map<String, List<String>> headers, String body) {
        int q = url.indexOf('?');
        String rawPath = q < 0 ? url : url.substring(0, q);
        String rawQuery = q < 0 ? null : url.substring(q + 1);
        Map<String, List<String>> normalized = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> normalized.put(k, List.copyOf(v)));
        return new SimRequest(method, decodePath(rawPath), rawQuery, Collections.unmodifiableMap(normalized), body);
    }

    private static String decodePath(String rawPath) {
        try {
            String decoded = URI.create(rawPath).getPath();
            return decoded == null ? rawPath : decoded;
        } catch (IllegalArgumentException e) {
            // a path that URI refuses is used as sent; routing will simply not match it
            return rawPath;
        }
    }

    /** The same request with the values of its route's path variables. */
    public SimRequest withPathParams(Map<String, String> values) {
        return new SimRequest(this, values);
    }

    /** The value of a path variable of the route that took the request; a route always has its variables. */
    public String pathParam(String name) {
        String value = pathParams.get(name);
        if (value == null) {
            throw new IllegalStateException("the route of " + path + " has no path variable " + name);
        }
        return value;
    }

    /** Upper-case HTTP method. */
    public String method() {
        return method;
    }

    /** Decoded path without query string. */
    public String path() {
        return path;
    }

    /** Path plus the original query string, for logs. */
    public String pathAndQuery() {
        return rawQuery == null ? path : path + "?" + rawQuery;
    }

    /** All decoded query parameters. */
    public Map<String, List<String>> queryParams() {
        return query;
    }

    /** First value of a query parameter. */
    public Optional<String> query(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** First value of a header, matched case-insensitively. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** All headers (case-insensitive keys). */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** Body text ("" when none). */
    public String body() {
        return body;
    }

    /** Whether the body is declared as application/x-www-form-urlencoded. */
    public boolean isForm() {
        return header("Content-Type")
                .map(ct -> ct.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded"))
                .orElse(false);
    }

    /** First value of a form-body parameter (only for form-encoded bodies). */
    public Optional<String> form(String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Every value of a repeated form-body parameter (e.g. ticked checkboxes), none when absent. */
    public List<String> formValues(String name) {
        return form.getOrDefault(name, List.of());
    }

    /** The form parameter, or else the query parameter, with that name. */
    public Optional<String> formOrQuery(String name) {
        Optional<String> fromForm = form(name);
        return fromForm.isPresent() ? fromForm : query(name);
    }

    /** The token of an "Authorization: Bearer ..." header, if any. */
    public Optional<String> bearerToken() {
        return header("Authorization")
                .filter(h -> h.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(h -> h.substring(7).trim())
                .filter(t -> !t.isEmpty());
    }

    /** The user and password of an "Authorization: Basic ..." header, if well-formed. */
    public Optional<String[]> basicCredentials() {
        Optional<String> header = header("Authorization").filter(h -> h.regionMatches(true, 0, "Basic ", 0, 6));
        if (header.isEmpty()) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(
                    Base64.getDecoder().decode(header.get().substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        return Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
    }

    /** "http://host:port" as the client addressed the simulator (from the Host header). */
    public String origin() {
        return "http://" + header("Host").orElse("localhost");
    }
}
