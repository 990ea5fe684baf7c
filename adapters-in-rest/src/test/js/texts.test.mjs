// The mentor page's own words: connection status lines, connect-error sentences, permission texts, platform names.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageModule } from './page-modules.mjs';

const { connectErrorText, connectionText, permissionTexts, PLATFORM_NAMES, PROVIDER_NAMES } = await pageModule('texts.js');

// GET /api/me/connections: ConnectionStatus (CONNECTED, NEEDS_RECONNECT, DISCONNECTED) and ConnectionView.NOT_CONNECTED.
test('each connection status the API answers has its line', () => {
  assert.equal(connectionText({ provider: 'google', status: 'CONNECTED', accountEmail: 'ada@example.org' }),
    'Connected as ada@example.org');
  assert.equal(connectionText({ provider: 'google', status: 'CONNECTED' }), 'Connected');
  assert.equal(connectionText({ provider: 'zoom', status: 'NEEDS_RECONNECT' }),
    'Stopped working. Reconnect Zoom so new sessions get Zoom links again.');
  assert.equal(connectionText({ provider: 'google', status: 'DISCONNECTED' }), 'Disconnected');
  assert.equal(connectionText({ provider: 'zoom', status: 'NOT_CONNECTED' }), 'Not connected');
});

test('a connected account whose admin turned meetings off says that it makes no meetings', () => {
  assert.equal(connectionText({ provider: 'google', status: 'CONNECTED', accountEmail: 'ada@example.org',
    meetingsAllowed: false }), 'Connected as ada@example.org, but no meetings can be made with it.');
  assert.equal(connectionText({ provider: 'google', status: 'CONNECTED', meetingsAllowed: false }),
    'Connected, but no meetings can be made with it.');
  assert.equal(connectionText({ provider: 'google', status: 'CONNECTED', meetingsAllowed: true }), 'Connected');
});

// The codes OAuthCallbackResource sends back as ?connectError=<code>.
test('each connectError code of the callback has its own sentence', () => {
  assert.equal(connectErrorText('consent-not-given', 'Google'), "the consent was not given on Google's page.");
  assert.equal(connectErrorText('incomplete-answer', 'Zoom'), "Zoom's answer was incomplete; please try again.");
  assert.equal(connectErrorText('connect-expired', 'Zoom'),
    'this connect link expired or was already used; please click connect again.');
  assert.equal(connectErrorText('sign-in-refused', 'Google'), 'the sign-in was refused; please try again.');
  assert.equal(connectErrorText('provider-unavailable', 'Google'), 'Google did not answer; please try again in a minute.');
});

test('any other connectError gets the generic sentence, never text from the link', () => {
  for (const code of ['Your account was closed. Call +1 555 0100', '', 'toString', 'constructor', '__proto__']) {
    assert.equal(connectErrorText(code, 'Google'), 'please try again.', code);
  }
});

// The codes of ProviderPermission, as the callback names them in ?missing=.
test('each permission code has its words, in the order of the link, and unknown codes are dropped', () => {
  assert.deepEqual(permissionTexts('google-calendar-events,google-calendar-settings'), [
    'create and change the events of your sessions in your Google Calendar',
    'see your calendar settings (your address, and whether Google Meet is available)',
  ]);
  assert.deepEqual(permissionTexts('zoom-profile,bogus,zoom-meetings-create,zoom-meetings-update,zoom-meetings-delete,'
    + 'zoom-meetings-list'), [
    'see your Zoom profile (your address)',
    'create Zoom meetings',
    'move Zoom meetings when a session is rescheduled',
    'delete Zoom meetings when a session is cancelled',
    'see your list of Zoom meetings',
  ]);
  assert.deepEqual(permissionTexts(''), []);
  assert.deepEqual(permissionTexts('Call +1 555 0100'), []);
});

test('a crafted code or provider naming a built-in property finds no words', () => {
  assert.deepEqual(permissionTexts('constructor,toString,__proto__,hasOwnProperty'), []);
  assert.equal(PROVIDER_NAMES.constructor, undefined);
  assert.equal(PROVIDER_NAMES.toString, undefined);
  assert.equal(PLATFORM_NAMES.constructor, undefined);
});

// Platform (GOOGLE_MEET, ZOOM, MANUAL) and the providers a mentor connects.
test('each platform and provider has its name', () => {
  assert.deepEqual({ ...PLATFORM_NAMES }, { GOOGLE_MEET: 'Google Meet', ZOOM: 'Zoom', MANUAL: 'your own link' });
  assert.deepEqual({ ...PROVIDER_NAMES }, { google: 'Google', zoom: 'Zoom' });
});
