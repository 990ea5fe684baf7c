// meetlinks mentor page, the entry module: connections, default platform, sessions with links. No framework, no
// build step. The server enforces every rule; this page only reads the token's groups and sub for display.

import { decodeClaims, hasExpired } from './claims.js';
import { reportConnectResult } from './connect-result.js';
import { connect, disconnect, loadConnections } from './connections.js';
import { $ } from './dom.js';
import { takeTokenFromFragment } from './handover.js';
import { loadPreference, savePreference } from './preferences.js';
import { loadMoreSessions, loadSessions } from './sessions.js';
import { showSignedOut } from './signed-out.js';
import { state } from './state.js';
import { askToSwitch } from './switch-user.js';
import { EXPIRED_TEXT, PROVIDERS } from './texts.js';
import { forgetToken, readToken } from './token-store.js';

function wireControls() {
  PROVIDERS.forEach((p) => {
    $('connect-' + p).addEventListener('click', (event) => connect(p, event.currentTarget));
    $('disconnect-' + p).addEventListener('click', (event) => disconnect(p, event.currentTarget));
  });
  document.querySelectorAll('input[name="defaultPlatform"]').forEach((radio) => {
    radio.addEventListener('change', () => {
      if (radio.checked) {
        savePreference(radio.value);
      }
    });
  });
  $('refresh-sessions').addEventListener('click', () => {
    state.polls = 0;
    loadSessions(true);
    if (state.isMentor) {
      loadConnections();
    }
  });
  $('sessions-more').addEventListener('click', (event) => loadMoreSessions(event.currentTarget));
}

function start() {
  const pending = takeTokenFromFragment();
  state.token = readToken();
  if (!state.token) {
    showSignedOut('Open this page from your mentoring dashboard to sign in.');
    return;
  }
  state.claims = decodeClaims(state.token);
  if (!state.claims) {
    forgetToken();
    showSignedOut('This sign-in link is not valid — open this page again from your dashboard.');
    return;
  }
  if (hasExpired(state.claims, Date.now())) {
    forgetToken();
    showSignedOut(EXPIRED_TEXT);
    return;
  }
  const groups = Array.isArray(state.claims.groups) ? state.claims.groups : [];
  state.isMentor = groups.indexOf('mentor') >= 0;
  const who = $('signed-in-as');
  who.textContent = 'Signed in as ' + (state.claims.sub || 'unknown') + (state.isMentor ? ' (mentor)' : '');
  who.hidden = false;

  wireControls();
  reportConnectResult();
  $('sessions-section').hidden = false;
  if (state.isMentor) {
    $('page-title').textContent = 'Your sessions and meeting links';
    $('connections').hidden = false;
    $('preferences').hidden = false;
    loadConnections();
    loadPreference();
  }
  loadSessions(false);
  if (pending) {
    askToSwitch(pending);
  }
}

// Opened again from the dashboard while already on this page: only the fragment changes, so start afresh.
window.addEventListener('hashchange', () => {
  if (new URLSearchParams(window.location.hash.slice(1)).has('token')) {
    const pending = takeTokenFromFragment();
    if (pending) {
      askToSwitch(pending);
    } else {
      window.location.reload();
    }
  }
});

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
