package org.meetlinks.adapter.out.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

/** What the independent parser read from an invite: KEY to values (e.g. "DTSTART;TZID", "ATTENDEE"). */
final class ParsedIcs {
    private final Map<String, List<String>> values;

    ParsedIcs(Map<String, List<String>> values) {
        this.values = values;
    }

    /** The single value of {@code key}; fails when it is missing or repeated. */
    String one(String key) {
        assertThat(values).as("parsed invite: %s", values).containsKey(key);
        assertThat(values.get(key)).as("values of %s", key).hasSize(1);
        return values.get(key).get(0);
    }

    List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
