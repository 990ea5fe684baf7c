package org.meetlinks.simulator.validation;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * The time zone names both providers take: IANA Area/Location names and {@code UTC}. Offsets ({@code +01:00}),
 * {@code GMT+1}-style ids and the fixed-offset {@code Etc/GMT+5} zones are not names Google or Zoom accept.
 */
public final class TimeZoneNames {
    private static final Set<String> TZDB = Set.copyOf(ZoneId.getAvailableZoneIds());

    private TimeZoneNames() {}

    /** The zone when {@code name} is an accepted name, else empty. */
    public static Optional<ZoneId> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        boolean utc = name.equals("UTC") || name.equals("Etc/UTC");
        boolean region = name.indexOf('/') > 0
                && !name.startsWith("Etc/")
                && !name.startsWith("SystemV/")
                && TZDB.contains(name);
        if (!utc && !region) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(name));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
