"""Reads an iCalendar object from stdin with the independent `icalendar` package (Debian:
python3-icalendar) and prints what it understood as KEY<TAB>VALUE lines for the Java tests.
Newlines and backslashes in values are escaped as \\n and \\\\."""
import sys
import datetime

import icalendar
from icalendar import Calendar


def out(key, value):
    text = str(value).replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")
    print(key + "\t" + text)


def as_list(value):
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def params(prefix, prop):
    """Parameters as NAME=value; a multi-valued parameter (a,b unquoted) comes out as a|b."""
    for name, value in prop.params.items():
        if isinstance(value, (list, tuple)):
            value = "|".join(value)
        out(prefix + ";" + name.upper(), value)


def date_time(prefix, prop):
    params(prefix, prop)
    dt = prop.dt
    if isinstance(dt, datetime.datetime):
        out(prefix + ".LOCAL", dt.replace(tzinfo=None).isoformat())
        if dt.tzinfo is not None:
            out(prefix + ".UTC", dt.astimezone(datetime.timezone.utc).replace(tzinfo=None).isoformat())
            out(prefix + ".ZONE", getattr(dt.tzinfo, "zone", str(dt.tzinfo)))
    else:
        out(prefix + ".DATE", dt.isoformat())


def main():
    out("PARSER", "python icalendar " + icalendar.__version__)
    cal = Calendar.from_ical(sys.stdin.buffer.read())
    for name in ("METHOD", "PRODID", "VERSION", "CALSCALE"):
        if name in cal:
            out("CAL." + name, cal[name])
    for component in cal.walk():
        for error in getattr(component, "errors", []):
            out("ERROR", component.name + ": " + str(error))

    zones = {}
    for vtz in cal.walk("VTIMEZONE"):
        tzid = str(vtz["TZID"])
        out("VTIMEZONE", tzid)
        zones[tzid] = vtz.to_tz()

    events = cal.walk("VEVENT")
    out("EVENT.COUNT", len(events))
    for ev in events:
        for name in ("UID", "STATUS", "SUMMARY", "LOCATION", "URL", "DESCRIPTION", "TRANSP"):
            if name in ev:
                out(name, ev[name])
        if "SEQUENCE" in ev:
            out("SEQUENCE", ev.decoded("SEQUENCE"))
        if "DTSTAMP" in ev:
            out("DTSTAMP.UTC", ev["DTSTAMP"].dt.astimezone(datetime.timezone.utc).replace(tzinfo=None).isoformat())
        for name in ("DTSTART", "DTEND"):
            if name not in ev:
                continue
            prop = ev[name]
            date_time(name, prop)
            tzid = prop.params.get("TZID")
            if tzid is not None and tzid in zones:
                # Resolve the local time with the VTIMEZONE we sent, not with pytz's own database.
                local = zones[tzid].localize(prop.dt.replace(tzinfo=None))
                out(name + ".VTIMEZONE_UTC",
                    local.astimezone(datetime.timezone.utc).replace(tzinfo=None).isoformat())
        for conference in as_list(ev.get("CONFERENCE")):
            out("CONFERENCE", conference)
            params("CONFERENCE", conference)
        organizer = ev.get("ORGANIZER")
        if organizer is not None:
            out("ORGANIZER", organizer)
            params("ORGANIZER", organizer)
        for i, attendee in enumerate(as_list(ev.get("ATTENDEE"))):
            out("ATTENDEE", attendee)
            params("ATTENDEE." + str(i), attendee)


if __name__ == "__main__":
    main()
