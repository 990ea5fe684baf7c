package org.meetlinks.adapter.out.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Writes a session's date and time in one person's time zone, naming the zone. */
final class SessionTimes {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("'UTC'xxx", Locale.ENGLISH);
    /** Standard or summer name in force at that moment, e.g. "Central European Standard Time". */
    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzzz", Locale.ENGLISH);

    private SessionTimes() {}

    /** E.g. "Tuesday, 1 December 2026, 16:00–17:00 (Central European Standard Time, Europe/Berlin, UTC+01:00)". */
    static String range(Instant start, Instant end, ZoneId zone) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        String until =
                from.toLocalDate().equals(to.toLocalDate()) ? TIME.format(to) : DAY.format(to) + ", " + TIME.format(to);
        return DAY.format(from) + ", " + TIME.format(from) + "\u2013" + until + " (" + zoneName(from) + ")";
    }

    /** E.g. "Tue 1 Dec 2026, 16:00 Europe/Berlin", short enough for a subject line. */
    static String shortStart(Instant start, ZoneId zone) {
        ZonedDateTime from = start.atZone(zone);
        return SHORT_DAY.format(from) + ", " + TIME.format(from) + " " + zone.getId();
    }

    private static String zoneName(ZonedDateTime at) {
        String id = at.getZone().getId();
        String display = ZONE_NAME.format(at);
        String offset = OFFSET.format(at);
        return display.equals(id) ? id + ", " + offset : display + ", " + id + ", " + offset;
    }
}
