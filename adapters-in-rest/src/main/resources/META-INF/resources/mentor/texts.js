// The mentor page's fixed words: provider and platform names, permission texts, connect-error and connection texts.
// Pure: no DOM, no browser globals, so Node's test runner can import it.

// Lookup tables keyed by values that may come from the page's URL: without a prototype, so a crafted key such as
// "constructor" or "toString" finds nothing instead of a built-in function.
function fixedWords(words) {
  return Object.freeze(Object.assign(Object.create(null), words));
}

export const PROVIDERS = ['google', 'zoom'];
export const PROVIDER_NAMES = fixedWords({ google: 'Google', zoom: 'Zoom' });
export const PLATFORM_NAMES = fixedWords({ GOOGLE_MEET: 'Google Meet', ZOOM: 'Zoom', MANUAL: 'your own link' });
// The callback names withheld permissions by these fixed codes only; anything else in the URL is ignored.
export const PERMISSION_TEXTS = fixedWords({
  'google-calendar-events': 'create and change the events of your sessions in your Google Calendar',
  'google-calendar-settings': 'see your calendar settings (your address, and whether Google Meet is available)',
  'zoom-meetings-create': 'create Zoom meetings',
  'zoom-meetings-update': 'move Zoom meetings when a session is rescheduled',
  'zoom-meetings-delete': 'delete Zoom meetings when a session is cancelled',
  'zoom-meetings-list': 'see your list of Zoom meetings',
  'zoom-profile': 'see your Zoom profile (your address)',
});
export const EXPIRED_TEXT = 'Your session expired — open this page again from your dashboard.';

/** The words for the comma-separated permission codes of a refused connect, in order; unknown codes are dropped. */
export function permissionTexts(codes) {
  return codes.split(',').map((c) => PERMISSION_TEXTS[c]).filter((t) => t);
}

/**
 * The words for the callback's fixed connectError codes. Anything else (a crafted link) gets the generic
 * sentence: the page never shows text taken from its URL.
 */
export function connectErrorText(code, name) {
  const texts = {
    'consent-not-given': 'the consent was not given on ' + name + "'s page.",
    'incomplete-answer': name + "'s answer was incomplete; please try again.",
    'connect-expired': 'this connect link expired or was already used; please click connect again.',
    'sign-in-refused': 'the sign-in was refused; please try again.',
    'provider-unavailable': name + ' did not answer; please try again in a minute.',
  };
  return Object.prototype.hasOwnProperty.call(texts, code) ? texts[code] : 'please try again.';
}

/** The line a connection card shows for the connection's status (as GET /api/me/connections answers it). */
export function connectionText(connection) {
  const name = PROVIDER_NAMES[connection.provider];
  switch (connection.status) {
    case 'CONNECTED':
      if (connection.meetingsAllowed === false) {
        return (connection.accountEmail ? 'Connected as ' + connection.accountEmail : 'Connected')
          + ', but no meetings can be made with it.';
      }
      return connection.accountEmail ? 'Connected as ' + connection.accountEmail : 'Connected';
    case 'NEEDS_RECONNECT':
      return 'Stopped working. Reconnect ' + name + ' so new sessions get ' + name + ' links again.';
    case 'DISCONNECTED':
      return 'Disconnected';
    default:
      return 'Not connected';
  }
}
