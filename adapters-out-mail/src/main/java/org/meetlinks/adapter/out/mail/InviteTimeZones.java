package org.meetlinks.adapter.out.mail;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * Writes a compact VTIMEZONE for a session's zone from the JVM's own tz rules (the same rules that
 * put DTSTART into local time): the observance in force when the session starts, any change during
 * it, and the next change after it. Short definitions without historic RRULE/UNTIL tables are read
 * the same way by Google Calendar, Outlook and Apple Calendar, and by stricter parsers.
 */
final class InviteTimeZones {
    /** TZIDs we can write as a bare parameter value (IANA names); anything else falls back to UTC. */
    private static final Pattern PLAIN_TZID = Pattern.compile("[A-Za-z][A-Za-z0-9_+\\-]*(/[A-Za-z0-9_+\\-]+)*");

    private static final DateTimeFormatter ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);
    private static final LocalDateTime EPOCH = LocalDateTime.of(1970, 1, 1, 0, 0);

    /**
     * The VTIMEZONE for a session in {@code zone} from {@code start} to {@code end}. Empty, so that the
     * invite uses UTC times instead, for bare UTC offsets (such as +02:00), ids that are not IANA names,
     * and sessions starting or ending in the repeated hour when clocks go back: such a local time names
     * two instants and calendars would read it as the first one.
     */
    Optional<VTimeZone> forSession(ZoneId zone, Instant start, Instant end) {
        if (zone instanceof ZoneOffset || !PLAIN_TZID.matcher(zone.getId()).matches()) {
            return Optional.empty();
        }
        ZoneRules rules = zone.getRules();
        if (isAmbiguous(rules, start) || isAmbiguous(rules, end)) {
            return Optional.empty();
        }
        List<Observance> observances = new ArrayList<>();
        // previousTransition is strictly before its argument: one second later includes a change at start.
        ZoneOffsetTransition inForce = rules.previousTransition(start.plusSeconds(1));
        if (inForce == null) {
            ZoneOffset offset = rules.getOffset(start);
            observances.add(
                    observance(rules.isDaylightSavings(start), EPOCH, offset, offset, abbreviation(zone, start)));
        } else {
            observances.add(observance(zone, rules, inForce));
        }
        ZoneOffsetTransition next = rules.nextTransition(inForce == null ? start : inForce.getInstant());
        while (next != null && !next.getInstant().isAfter(end)) {
            observances.add(observance(zone, rules, next));
            next = rules.nextTransition(next.getInstant());
        }
        if (next != null) {
            observances.add(observance(zone, rules, next));
        }
        return Optional.of(
                new VTimeZone(new PropertyList(List.of(new TzId(zone.getId()))), new ComponentList<>(observances)));
    }

    private static boolean isAmbiguous(ZoneRules rules, Instant instant) {
        return rules.getValidOffsets(LocalDateTime.ofInstant(instant, rules.getOffset(instant)))
                        .size()
                > 1;
    }

    private static Observance observance(ZoneId zone, ZoneRules rules, ZoneOffsetTransition transition) {
        Instant after = transition.getInstant();
        return observance(
                rules.isDaylightSavings(after),
                transition.getDateTimeBefore(),
                transition.getOffsetBefore(),
                transition.getOffsetAfter(),
                abbreviation(zone, after));
    }

    /** DTSTART is the local time of the change as read on the clock before it (RFC 5545, 3.6.5). */
    private static Observance observance(
            boolean daylight, LocalDateTime onset, ZoneOffset from, ZoneOffset to, String name) {
        PropertyList properties = new PropertyList(
                List.of(new TzName(name), new TzOffsetFrom(from), new TzOffsetTo(to), new DtStart<>(onset)));
        return daylight ? new Daylight(properties) : new Standard(properties);
    }

    private static String abbreviation(ZoneId zone, Instant at) {
        return ABBREVIATION.format(at.atZone(zone));
    }
}
