// The token handover: the dashboard's #token=... moves from the address bar into the token store.

import { signedInAs } from './claims.js';
import { readToken, storeToken } from './token-store.js';

/**
 * Moves #token=... from the address bar into sessionStorage; the fragment never reaches a server. A token for
 * another user than the one this tab is signed in as is not swapped in silently: it is returned, for the page to
 * ask first.
 */
export function takeTokenFromFragment() {
  const hash = window.location.hash;
  if (!hash || hash.length < 2) {
    return null;
  }
  const params = new URLSearchParams(hash.slice(1));
  const token = params.get('token');
  if (token === null) {
    return null;
  }
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  if (!token) {
    return null;
  }
  const current = readToken();
  const now = Date.now();
  if (current && current !== token && signedInAs(current, now) !== null
      && signedInAs(current, now) !== signedInAs(token, now)) {
    return token;
  }
  storeToken(token);
  return null;
}
