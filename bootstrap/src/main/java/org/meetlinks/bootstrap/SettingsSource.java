package org.meetlinks.bootstrap;

import java.util.Optional;

/** Reads one configuration value by its MicroProfile Config name; blank values count as unset. */
@FunctionalInterface
interface SettingsSource {
    Optional<String> value(String key);

    /** A source whose blank values are reported as absent. */
    static SettingsSource nonBlank(SettingsSource source) {
        return key -> source.value(key).map(String::strip).filter(v -> !v.isEmpty());
    }
}
