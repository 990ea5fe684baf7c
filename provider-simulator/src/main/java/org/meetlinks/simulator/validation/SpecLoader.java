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
 * themselves. The files on disk stay byte-for-byte copies of /shared/specs.
 */
public final class SpecLoader {

    private SpecLoader() {
    }

    /** The classpath location of a provider's spec. */
    public static String resourceName(Provider provider) {
        return provider == Provider.GOOGLE ? "specs/google-calendar-v3-openapi.json" : "specs/zoom-meetings-openapi.json";
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
        }
        return spec;
    }

    private static void dropFormat(JsonNode schemas, String schema, String property) {
        JsonNode prop = schemas.path(schema).path("properties").path(property);
        if (!(prop instanceof ObjectNode) || !"date-time".equals(prop.path("format").asText())) {
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
