package org.meetlinks.simulator.validation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.meetlinks.simulator.Provider;
import org.meetlinks.simulator.http.Json;

/**
 * Loads the provider OpenAPI files from the classpath and applies the few load-time patches the validator needs.
 *
 * <p>Both specs declare some times as {@code format: date-time}, but their own descriptions accept times without
 * an offset (Google: a local dateTime plus timeZone; Zoom: {@code yyyy-MM-ddTHH:mm:ss} plus timezone). The JSON
 * schema validator would reject those, so the format is dropped here and the handlers check the time syntax
 * themselves. The files on disk stay byte-for-byte copies of the providers' published descriptions.
 *
 * <p>Operations the simulator offers beyond the trimmed copies (Zoom's List meetings) live in a separate
 * {@code *-project-additions.json} file whose every item is marked {@code x-project-added}; they are merged in here,
 * so those operations are validated like the others. An addition may never replace something in the copy.
 */
public final class SpecLoader {

    /** Classpath location of the operations added to the Zoom spec copy. */
    public static final String ZOOM_ADDITIONS = "specs/zoom-meetings-project-additions.json";

    private SpecLoader() {}

    /** The classpath location of a provider's spec. */
    public static String resourceName(Provider provider) {
        return provider == Provider.GOOGLE
                ? "specs/google-calendar-v3-openapi.json"
                : "specs/zoom-meetings-openapi.json";
    }

    /** The provider's spec as a JSON tree with the load-time patches applied. */
    public static ObjectNode load(Provider provider) {
        ObjectNode spec = (ObjectNode) parse(read(resourceName(provider)));
        JsonNode schemas = spec.path("components").path("schemas");
        if (provider == Provider.GOOGLE) {
            dropFormat(schemas, "EventDateTime", "dateTime");
        } else {
            dropFormat(schemas, "UserIdMeetingsBody", "start_time");
            dropFormat(schemas, "MeetingsmeetingIdBody", "start_time");
            merge(spec, (ObjectNode) parse(read(ZOOM_ADDITIONS)));
        }
        return spec;
    }

    private static void merge(ObjectNode spec, ObjectNode additions) {
        ObjectNode paths = (ObjectNode) spec.get("paths");
        additions.path("paths").fields().forEachRemaining(path -> {
            JsonNode existing = paths.get(path.getKey());
            ObjectNode target = existing instanceof ObjectNode node ? node : paths.putObject(path.getKey());
            path.getValue().fields().forEachRemaining(op -> add(target, op.getKey(), op.getValue(), path.getKey()));
        });
        ObjectNode schemas = (ObjectNode) spec.path("components").path("schemas");
        additions
                .path("components")
                .path("schemas")
                .fields()
                .forEachRemaining(schema -> add(schemas, schema.getKey(), schema.getValue(), "components.schemas"));
    }

    private static void add(ObjectNode target, String name, JsonNode value, String where) {
        if (target.has(name)) {
            throw new IllegalStateException("spec addition would replace " + where + " " + name);
        }
        if (!value.path("x-project-added").asBoolean(false)) {
            throw new IllegalStateException("spec addition " + where + " " + name + " is not marked x-project-added");
        }
        target.set(name, value);
    }

    private static void dropFormat(JsonNode schemas, String schema, String property) {
        JsonNode prop = schemas.path(schema).path("properties").path(property);
        if (!(prop instanceof ObjectNode)
                || !"date-time".equals(prop.path("format").asText())) {
            throw new IllegalStateException("spec patch target missing: " + schema + "." + property);
        }
        ((ObjectNode) prop).remove("format");
    }

    private static JsonNode parse(String text) {
        try {
            return Json.parse(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("provider spec is not valid JSON", e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = SpecLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
