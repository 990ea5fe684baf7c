package org.meetlinks.adapter.in.rest;

import java.util.LinkedHashMap;
import java.util.Map;

/** The security and caching headers of the mentor page: strict CSP (no inline script), no referrer, no sniffing. */
final class MentorPageHeaders {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'self'";

    private MentorPageHeaders() {}

    /** Headers for a request to {@code path} (relative to the context root, e.g. /mentor/main.js). */
    static Map<String, String> forPath(String path) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Cache-Control", isPage(path) ? "no-store" : "no-cache");
        return headers;
    }

    /** True for the HTML page itself (it is where the token arrives, so it is never stored). */
    static boolean isPage(String path) {
        return path.equals("/mentor") || path.equals("/mentor/") || path.equals("/mentor/" + MentorPageFiles.INDEX);
    }
}
