package org.meetlinks.adapter.out.providers.common;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.lang.System.Logger.Level;
import java.util.Optional;

/** Reads a provider's JSON error body into its record shape; an unreadable body gives empty. */
public final class JsonBodies {
    private static final System.Logger LOG = System.getLogger(JsonBodies.class.getName());

    private JsonBodies() {}

    public static <T> Optional<T> read(String body, Class<T> type) {
        if (body == null || !body.strip().startsWith("{")) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(Holder.JSONB.fromJson(body, type));
        } catch (JsonbException e) {
            LOG.log(Level.DEBUG, "Provider error body is not the expected JSON: {0}", e.getMessage());
            return Optional.empty();
        }
    }

    /** Lazily created, thread-safe JSON-B instance shared for the application's lifetime. */
    private static final class Holder {
        static final Jsonb JSONB = JsonbBuilder.create();
    }
}
