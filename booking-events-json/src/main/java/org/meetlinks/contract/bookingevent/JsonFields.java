package org.meetlinks.contract.bookingevent;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Reads typed, required fields of one JSON object, naming the field (with its path) when it is wrong. */
final class JsonFields {
    private final JsonObject object;
    private final String path;

    JsonFields(JsonObject object, String path) {
        this.object = object;
        this.path = path;
    }

    String text(String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw new MalformedBookingEventException(path + name, "is required");
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new MalformedBookingEventException(path + name, "must be a string");
        }
        String text = ((JsonString) value).getString();
        if (text.isBlank()) {
            throw new MalformedBookingEventException(path + name, "must not be blank");
        }
        return text;
    }

    JsonFields object(String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw new MalformedBookingEventException(path + name, "is required");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new MalformedBookingEventException(path + name, "must be an object");
        }
        return new JsonFields(value.asJsonObject(), path + name + ".");
    }

    Instant instant(String name) {
        String text = text(name);
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedBookingEventException(
                    path + name, "must be an ISO-8601 date-time with offset, e.g. 2026-12-01T15:00:00Z");
        }
    }

    /** True when the field is present and not null (for optional fields). */
    boolean has(String name) {
        JsonValue value = object.get(name);
        return value != null && value.getValueType() != JsonValue.ValueType.NULL;
    }

    /** An optional date-time: absent or null is empty; present, it must be valid like a required one. */
    java.util.Optional<Instant> optionalInstant(String name) {
        return has(name) ? java.util.Optional.of(instant(name)) : java.util.Optional.empty();
    }

    ZoneId zone(String name) {
        String text = text(name);
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new MalformedBookingEventException(path + name, "must be an IANA time zone, e.g. Europe/Berlin");
        }
    }
}
