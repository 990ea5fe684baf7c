package org.meetlinks.adapter.in.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/** The mentor page's static files (META-INF/resources/mentor): only these names, each with its media type. */
final class MentorPageFiles {
    static final String FOLDER = "/META-INF/resources/mentor/";
    static final String INDEX = "index.html";
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            INDEX, "text/html;charset=utf-8",
            "app.js", "text/javascript;charset=utf-8",
            "app.css", "text/css;charset=utf-8");

    private MentorPageFiles() {
    }

    /** A file of the page. */
    record Asset(String mediaType, byte[] bytes) {
    }

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
