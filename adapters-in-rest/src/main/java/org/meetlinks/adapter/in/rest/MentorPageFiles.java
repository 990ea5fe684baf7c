package org.meetlinks.adapter.in.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The mentor page's static files (META-INF/resources/mentor): only these names, each with its media type. */
final class MentorPageFiles {
    static final String FOLDER = "/META-INF/resources/mentor/";
    static final String INDEX = "index.html";
    /** The page's ES modules: main.js is the entry (index.html), the others are what it imports, directly or not. */
    static final List<String> SCRIPTS = List.of(
            "main.js",
            "api.js",
            "api-error.js",
            "claims.js",
            "connect-result.js",
            "connections.js",
            "dom.js",
            "handover.js",
            "messages.js",
            "polling.js",
            "preferences.js",
            "session-item.js",
            "sessions.js",
            "signed-out.js",
            "state.js",
            "switch-user.js",
            "texts.js",
            "times.js",
            "token-store.js",
            "urls.js");

    private static final String SCRIPT_TYPE = "text/javascript;charset=utf-8";
    private static final Map<String, String> MEDIA_TYPES = mediaTypes();

    private MentorPageFiles() {}

    private static Map<String, String> mediaTypes() {
        Map<String, String> types = new HashMap<>();
        types.put(INDEX, "text/html;charset=utf-8");
        types.put("app.css", "text/css;charset=utf-8");
        SCRIPTS.forEach(script -> types.put(script, SCRIPT_TYPE));
        return Map.copyOf(types);
    }

    /** A file of the page. */
    record Asset(String mediaType, byte[] bytes) {}

    /** The file called {@code name}, or empty for any name that is not one of the page's files. */
    static Optional<Asset> find(String name) {
        String mediaType = MEDIA_TYPES.get(name);
        if (mediaType == null) {
            return Optional.empty();
        }
        try (InputStream in = MentorPageFiles.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException(FOLDER + name + " is missing from the build");
            }
            return Optional.of(new Asset(mediaType, in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER + name, e);
        }
    }
}
