// What the OAuth callback reported in the address (?connected=, ?connectError=, ?connectProblem=), shown once.

import { connect } from './connections.js';
import { $, element } from './dom.js';
import { say } from './messages.js';
import { connectErrorText, permissionTexts, PROVIDER_NAMES } from './texts.js';

/** The mentor withheld permissions on the consent page: say which, and offer to connect again. */
function showMissingPermissions(provider, codes) {
  const name = PROVIDER_NAMES[provider];
  const texts = permissionTexts(codes);
  if (!name || texts.length === 0) {
    say('The account could not be connected: a permission was not given.', 'error');
    return;
  }
  $('connect-problem-title').textContent = name + ' is not connected: a permission is missing';
  $('connect-problem-intro').textContent = 'meetlinks needs ' + name + ' to let it:';
  $('connect-problem-list').replaceChildren(...texts.map((t) => element('li', '', t)));
  const retry = $('connect-problem-retry');
  retry.textContent = 'Connect ' + name + ' again';
  retry.onclick = () => connect(provider, retry);
  $('connect-problem').hidden = false;
  say(name + ' could not be connected: allow every permission on ' + name + "'s page and try again.", 'error');
}

/** Shows what the OAuth callback reported (?connected=google or ?connectError=<code>&provider=zoom), once. */
export function reportConnectResult() {
  const params = new URLSearchParams(window.location.search);
  const connected = params.get('connected');
  const error = params.get('connectError');
  const problem = params.get('connectProblem');
  if (connected === null && error === null && problem === null) {
    return;
  }
  if (problem === 'missing-permissions') {
    showMissingPermissions(params.get('provider'), params.get('missing') || '');
  } else if (error !== null) {
    const name = PROVIDER_NAMES[params.get('provider')] || 'The account';
    say(name + ' could not be connected: ' + connectErrorText(error, name), 'error');
  } else {
    const name = PROVIDER_NAMES[connected] || 'Your account';
    say(name + ' is connected. New sessions get their meeting links from it.', 'success');
  }
  ['connected', 'connectError', 'connectProblem', 'missing', 'provider'].forEach((p) => params.delete(p));
  const query = params.toString();
  window.history.replaceState(null, '', window.location.pathname + (query ? '?' + query : ''));
}
