package org.meetlinks.adapter.out.providers.common;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A provider answered with an HTTP error status; carries status, headers and (truncated) body for translation. */
public class ProviderHttpException extends RuntimeException {
    private static final int MAX_BODY = 4_000;

    private final int status;
    private final String body;
    private final Map<String, String> headers;

    public ProviderHttpException(int status, String body, Map<String, String> headers) {
        super("HTTP " + status);
        this.status = status;
        this.body = body.length() > MAX_BODY ? body.substring(0, MAX_BODY) : body;
        TreeMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        this.headers = copy;
    }

    public int status() {
        return status;
    }

    /** The response body as text (empty when there was none). */
    public String body() {
        return body;
    }

    /** The first value of a response header, matched case-insensitively. */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    public boolean isServerError() {
        return status >= 500;
    }
}
