package org.meetlinks.domain;

import java.time.ZoneId;
import java.util.Set;

/**
 * Which time zones sessions may be booked in: region-based IANA names ({@code Europe/Berlin}) and {@code UTC}.
 * Offsets ({@code +01:00}), {@code GMT+1}-style ids and the fixed-offset {@code Etc/GMT-1} zones are refused:
 * calendars need a region to follow daylight-saving changes, and Google rejects anything else.
 */
public final class TimeZones {
    private static final Set<String> TZDB = Set.copyOf(ZoneId.getAvailableZoneIds());

    private TimeZones() {}

    /** True for {@code UTC} (also as {@code Etc/UTC}) and the tz database's Area/Location names. */
    public static boolean isRegionBased(ZoneId zone) {
        String id = zone.getId();
        if (id.equals("UTC") || id.equals("Etc/UTC")) {
            return true;
        }
        return id.indexOf('/') > 0 && !id.startsWith("Etc/") && !id.startsWith("SystemV/") && TZDB.contains(id);
    }

    /** The zone itself when region-based, else UTC (for sessions stored before the rule; their instants stay exact). */
    public static ZoneId regionOrUtc(ZoneId zone) {
        return isRegionBased(zone) ? zone : ZoneId.of("UTC");
    }

    /** @throws DomainException naming {@code field} when the zone is not region-based */
    public static ZoneId requireRegionBased(String field, ZoneId zone) {
        if (zone != null && !isRegionBased(zone)) {
            throw new DomainException(
                    field,
                    field + " must be an IANA time zone name such as Europe/Berlin (or UTC), " + "not '" + zone.getId()
                            + "'");
        }
        return zone;
    }
}
