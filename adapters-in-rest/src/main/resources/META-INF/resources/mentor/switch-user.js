// The #switch-user question: a link for another user than the tab's is taken only when the user says so.

import { signedInAs } from './claims.js';
import { $ } from './dom.js';
import { say } from './messages.js';
import { readToken, storeToken } from './token-store.js';

/** Asks before the tab changes user: switch (and reload) or stay. */
export function askToSwitch(pending) {
  const newUser = signedInAs(pending, Date.now());
  const panel = $('switch-user');
  if (newUser === null) {
    say('The sign-in link was not used: it is not valid or has expired.', 'error');
    return;
  }
  $('switch-user-text').textContent = 'This link would sign you in as ' + newUser + ', but this tab is signed in as '
    + (signedInAs(readToken(), Date.now()) || 'someone else') + '. Switch only if you meant to use the other account.';
  panel.hidden = false;
  const accept = $('switch-user-accept');
  const decline = $('switch-user-decline');
  accept.textContent = 'Switch to ' + newUser;
  accept.onclick = () => {
    storeToken(pending);
    window.location.reload();
  };
  decline.onclick = () => {
    panel.hidden = true;
    say('You are still signed in as ' + (signedInAs(readToken(), Date.now()) || 'before') + '.', 'info');
  };
  $('switch-user-title').focus();
}
