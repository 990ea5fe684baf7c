package org.meetlinks.simulator.faults;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.Set;
import org.meetlinks.simulator.Provider;

/** Strict readers of the values in a posted fault body: each names the field and the rule it breaks. */
final class FaultFields {
    private FaultFields() {}

    /** The value, if the field is for Google; an error for Zoom. */
    static <T> T googleOnly(Provider provider, String name, T value) {
        if (provider != Provider.GOOGLE) {
            throw new IllegalArgumentException("'" + name + "' applies to google only");
        }
        return value;
    }

    /** The value, if the field is for Zoom; an error for Google. */
    static <T> T zoomOnly(Provider provider, String name, T value) {
        if (provider != Provider.ZOOM) {
            throw new IllegalArgumentException("'" + name + "' applies to zoom only");
        }
        return value;
    }

    /** A non-negative integer. */
    static int count(String name, JsonNode v) {
        return range(name, v, 0, Integer.MAX_VALUE);
    }

    /** An integer in [min, max]. */
    static int range(String name, JsonNode v, int min, int max) {
        if (!v.canConvertToInt() || !v.isIntegralNumber() || v.asInt() < min || v.asInt() > max) {
            throw new IllegalArgumentException("'" + name + "' must be an integer in [" + min + ", " + max + "]");
        }
        return v.asInt();
    }

    /** A non-negative long. */
    static long nonNegativeLong(String name, JsonNode v) {
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < 0) {
            throw new IllegalArgumentException("'" + name + "' must be a non-negative integer");
        }
        return v.asLong();
    }

    /** A fraction in [0, 1]. */
    static double rate(String name, JsonNode v) {
        if (!v.isNumber() || v.asDouble() < 0 || v.asDouble() > 1) {
            throw new IllegalArgumentException("'" + name + "' must be a number in [0, 1]");
        }
        return v.asDouble();
    }

    /** true or false. */
    static boolean bool(String name, JsonNode v) {
        if (!v.isBoolean()) {
            throw new IllegalArgumentException("'" + name + "' must be true or false");
        }
        return v.asBoolean();
    }

    /** A non-empty array of account e-mails. */
    static Set<String> accounts(JsonNode v) {
        if (!v.isArray() || v.isEmpty()) {
            throw new IllegalArgumentException("'accounts' must be a non-empty array of account e-mails");
        }
        Set<String> accounts = new java.util.HashSet<>();
        v.forEach(a -> {
            if (!a.isTextual() || !a.asText().contains("@")) {
                throw new IllegalArgumentException("'accounts' entries must be account e-mails, got " + a);
            }
            accounts.add(a.asText());
        });
        return accounts;
    }

    /** A non-empty array of known operation names, in the order given. */
    static Set<String> operations(JsonNode v) {
        if (!v.isArray() || v.isEmpty()) {
            throw new IllegalArgumentException("'operations' must be a non-empty array of " + Operation.ALL);
        }
        Set<String> result = new LinkedHashSet<>();
        for (JsonNode op : v) {
            if (!op.isTextual() || !Operation.ALL.contains(op.asText())) {
                throw new IllegalArgumentException("unknown operation " + op + "; use " + Operation.ALL);
            }
            result.add(op.asText());
        }
        return result;
    }
}
