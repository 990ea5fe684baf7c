// The session list (#sessions): load it page by page with the mentor's meeting checks, redraw it, save manual links.

import { api } from './api.js';
import { describe } from './api-error.js';
import { $ } from './dom.js';
import { say, sayError } from './messages.js';
import { schedulePoll } from './polling.js';
import { renderSession } from './session-item.js';
import { state } from './state.js';

const PAGE_SIZE = 20;

async function saveManualLink(session, input, button, error) {
  const url = input.value.trim();
  if (!url) {
    showFieldError(input, error, 'Enter the https:// address of your meeting.');
    return;
  }
  button.disabled = true;
  try {
    await api('PUT', '/api/sessions/' + encodeURIComponent(session.sessionId) + '/meeting-link', { url: url });
    say('Link saved for "' + session.topic + '". Your mentee can join with it now.', 'success');
    input.value = '';
    await loadSessions(true);
    focusSession(session.sessionId);
  } catch (e) {
    button.disabled = false;
    if (e.status === 401) {
      return;
    }
    const text = e.status === 400 && e.detail ? e.detail : describe(e);
    showFieldError(input, error, text);
    say('The link was not saved: ' + text, 'error');
  }
}

/** Puts the focus on a session's first link or field after the list was redrawn. */
function focusSession(sessionId) {
  const row = document.querySelector('#sessions li[data-session-id="' + CSS.escape(sessionId) + '"]');
  const target = row && row.querySelector('a, input');
  if (target) {
    target.focus();
  }
}

function showFieldError(input, error, text) {
  error.textContent = text;
  error.hidden = false;
  input.setAttribute('aria-invalid', 'true');
  input.focus();
}

/** The mentor's last pre-session checks by session; a failure leaves the list without them. */
async function loadChecks() {
  if (!state.isMentor) {
    return;
  }
  try {
    const checks = await api('GET', '/api/me/link-checks');
    state.checks = Object.fromEntries(checks.map((c) => [c.sessionId, c]));
  } catch (e) {
    state.checks = {};
    if (e.status !== 401) {
      say('The meeting checks could not be loaded: ' + describe(e), 'error');
    }
  }
}

function renderSessions() {
  const list = $('sessions');
  list.replaceChildren(...state.sessions.map((session) => renderSession(session,
    session.role === 'MENTOR' ? state.checks[session.sessionId] : undefined, saveManualLink)));
  $('sessions-empty').hidden = state.sessions.length > 0;
  $('sessions-more').hidden = !state.hasMore;
}

async function fetchPage(page) {
  return api('GET', '/api/me/sessions?page=' + page + '&size=' + PAGE_SIZE);
}

/** Loads the first page again (and as many pages as were shown), then redraws the list. */
export async function loadSessions(keepPages) {
  const list = $('sessions');
  list.setAttribute('aria-busy', 'true');
  try {
    const pages = keepPages ? Math.max(1, state.pagesLoaded) : 1;
    const sessions = [];
    let hasMore = false;
    for (let page = 0; page < pages; page++) {
      const answer = await fetchPage(page);
      sessions.push(...answer.sessions);
      hasMore = answer.hasMore;
      if (!hasMore) {
        state.pagesLoaded = page + 1;
        break;
      }
      state.pagesLoaded = page + 1;
    }
    state.sessions = sessions;
    state.hasMore = hasMore;
    await loadChecks();
    renderSessions();
    $('sessions-error').hidden = true;
    schedulePoll(() => loadSessions(true));
  } catch (e) {
    if (e.status !== 401) {
      const box = $('sessions-error');
      box.textContent = 'Your sessions could not be loaded: ' + describe(e);
      box.hidden = false;
    }
  } finally {
    list.setAttribute('aria-busy', 'false');
  }
}

export async function loadMoreSessions(button) {
  button.disabled = true;
  try {
    const answer = await fetchPage(state.pagesLoaded);
    const firstNew = answer.sessions.length > 0 ? answer.sessions[0].sessionId : null;
    state.sessions = state.sessions.concat(answer.sessions);
    state.hasMore = answer.hasMore;
    state.pagesLoaded += 1;
    renderSessions();
    if (firstNew) {
      focusSession(firstNew);
    }
  } catch (e) {
    if (e.status !== 401) {
      sayError('More sessions could not be loaded.', e);
    }
  } finally {
    button.disabled = false;
  }
}
