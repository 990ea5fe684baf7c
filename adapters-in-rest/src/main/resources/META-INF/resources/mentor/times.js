// Session times for the mentor page: the viewer's zone, and time ranges that end with the zone's name.
// Pure: the zone and the locale are parameters (no locale: the runtime's default), so Node can test it.

/** The zone the runtime runs in (in the browser: the viewer's), e.g. "America/New_York". */
export function viewerZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * Start to end in one zone (the runtime's when none is given), ending with the zone's name:
 * "Sat, Dec 12, 2026, 10:00 AM – 11:00 AM Eastern Standard Time" (the end's date too when it is another day).
 */
export function formatRange(session, zone, locale) {
  const inZone = (options) => (zone ? Object.assign(options, { timeZone: zone }) : options);
  const dayOnly = new Intl.DateTimeFormat(locale, inZone({ day: 'numeric', month: 'numeric', year: 'numeric' }));
  const dayAndTime = new Intl.DateTimeFormat(locale, inZone({
    weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit',
  }));
  const start = new Date(session.startsAt);
  const end = new Date(session.endsAt);
  const sameDay = dayOnly.format(start) === dayOnly.format(end);
  const endFormat = new Intl.DateTimeFormat(locale, inZone(sameDay
    ? { hour: '2-digit', minute: '2-digit', timeZoneName: 'long' }
    : {
      weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit',
      timeZoneName: 'long',
    }));
  return dayAndTime.format(start) + ' – ' + endFormat.format(end);
}

/** The session's time in the viewer's zone, with the zone's name and id. */
export function formatTimes(session, viewer, locale) {
  return formatRange(session, viewer, locale) + ' (' + viewer + ')';
}

/** The time in the zone the session was booked in, when that is not the viewer's zone; else null. */
export function formatBookedTimes(session, viewer, locale) {
  if (!session.timeZone || session.timeZone === viewer) {
    return null;
  }
  try {
    return 'Booked in ' + session.timeZone + ': ' + formatRange(session, session.timeZone, locale);
  } catch (e) {
    return 'Booked in ' + session.timeZone;
  }
}

/** When a meeting check ran, as a date and time in the viewer's zone. */
export function formatCheckedAt(checkedAt, viewer, locale) {
  return new Date(checkedAt).toLocaleString(locale, viewer ? { timeZone: viewer } : undefined);
}
