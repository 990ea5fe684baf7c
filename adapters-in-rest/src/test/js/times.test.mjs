// Session times: the viewer's zone with its name, the booked zone when it differs, day and DST boundaries.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageModule, plainSpaces } from './page-modules.mjs';

const { formatBookedTimes, formatCheckedAt, formatRange, formatTimes } = await pageModule('times.js');

// Booked in Berlin, 16:00-17:00 CET on a December day.
const BERLIN_AFTERNOON = { startsAt: '2030-12-01T15:00:00Z', endsAt: '2030-12-01T16:00:00Z', timeZone: 'Europe/Berlin' };

test('the viewer sees the time in their own zone, with the zone name and id', () => {
  assert.equal(plainSpaces(formatTimes(BERLIN_AFTERNOON, 'America/New_York', 'en-US')),
    'Sun, Dec 1, 2030, 10:00 AM – 11:00 AM Eastern Standard Time (America/New_York)');
});

test('a viewer in another zone also sees the time in the booked zone, with that zone name', () => {
  assert.equal(plainSpaces(formatBookedTimes(BERLIN_AFTERNOON, 'America/New_York', 'en-US')),
    'Booked in Europe/Berlin: Sun, Dec 1, 2030, 04:00 PM – 05:00 PM Central European Standard Time');
});

test('a viewer in the booked zone, or a session without one, gets no second time', () => {
  assert.equal(formatBookedTimes(BERLIN_AFTERNOON, 'Europe/Berlin', 'en-US'), null);
  assert.equal(formatBookedTimes({ ...BERLIN_AFTERNOON, timeZone: undefined }, 'America/New_York', 'en-US'), null);
});

test('a booked zone the runtime does not know is named without a time', () => {
  assert.equal(formatBookedTimes({ ...BERLIN_AFTERNOON, timeZone: 'Nowhere/Land' }, 'America/New_York', 'en-US'),
    'Booked in Nowhere/Land');
});

test('a session that ends on the next day in the viewer zone shows the end date too', () => {
  // 04:30-06:00 UTC is 23:30 on Sunday to 01:00 on Monday in New York.
  const late = { startsAt: '2030-12-02T04:30:00Z', endsAt: '2030-12-02T06:00:00Z' };
  assert.equal(plainSpaces(formatRange(late, 'America/New_York', 'en-US')),
    'Sun, Dec 1, 2030, 11:30 PM – Mon, Dec 2, 2030, 01:00 AM Eastern Standard Time');
  // The same hours in Berlin are on one day, so the end is a time only.
  assert.equal(plainSpaces(formatRange(late, 'Europe/Berlin', 'en-US')),
    'Mon, Dec 2, 2030, 05:30 AM – 07:00 AM Central European Standard Time');
});

test('a session across the switch to summer time ends with the summer time name', () => {
  // New York moves from 02:00 EST to 03:00 EDT on 10 March 2030: an hour-long session from 01:30 ends at 03:30.
  const acrossDst = { startsAt: '2030-03-10T06:30:00Z', endsAt: '2030-03-10T07:30:00Z' };
  assert.equal(plainSpaces(formatRange(acrossDst, 'America/New_York', 'en-US')),
    'Sun, Mar 10, 2030, 01:30 AM – 03:30 AM Eastern Daylight Time');
});

test('the locale chooses the words and the clock', () => {
  assert.equal(plainSpaces(formatRange(BERLIN_AFTERNOON, 'Europe/Berlin', 'de-DE')),
    'So., 1. Dez. 2030, 16:00 – 17:00 Mitteleuropäische Normalzeit');
});

test('a meeting check time is shown in the viewer zone', () => {
  assert.equal(plainSpaces(formatCheckedAt('2030-11-30T15:00:00Z', 'Asia/Tokyo', 'en-US')), '12/1/2030, 12:00:00 AM');
  assert.equal(plainSpaces(formatCheckedAt('2030-11-30T15:00:00Z', 'America/New_York', 'en-US')),
    '11/30/2030, 10:00:00 AM');
});
