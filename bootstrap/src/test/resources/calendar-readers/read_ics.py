"""Reads one iCalendar object from stdin with Python's `icalendar` (Debian: python3-icalendar) and prints
each VEVENT as one line: METHOD<TAB>UID<TAB>SEQUENCE<TAB>STATUS (the calendar's METHOD on every line)."""
import sys

from icalendar import Calendar


def main():
    cal = Calendar.from_ical(sys.stdin.buffer.read())
    method = str(cal.get("METHOD", ""))
    for event in cal.walk("VEVENT"):
        sequence = event.decoded("SEQUENCE") if "SEQUENCE" in event else 0
        print("\t".join([method, str(event.get("UID", "")), str(sequence), str(event.get("STATUS", ""))]))


if __name__ == "__main__":
    main()
