// The signed-out view: hides everything that needs a token and says why the user must sign in again.

import { $ } from './dom.js';
import { say } from './messages.js';
import { stopPolling } from './polling.js';
import { state } from './state.js';

export function showSignedOut(text) {
  state.expired = true;
  stopPolling();
  ['reconnect-banner', 'connect-problem', 'connections', 'preferences', 'sessions-section'].forEach((id) => { $(id).hidden = true; });
  $('signed-in-as').hidden = true;
  $('signed-out-text').textContent = text;
  $('signed-out').hidden = false;
  say(text, 'error');
  $('signed-out-title').focus();
}
