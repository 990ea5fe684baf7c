// Looking at the session list again every few seconds while a link is being created.

import { $ } from './dom.js';
import { state } from './state.js';

const POLL_MILLIS = 4000;
const MAX_POLLS = 30;

/** While a link is being created, call reload every few seconds, unless the user is working in the list. */
export function schedulePoll(reload) {
  stopPolling();
  const waiting = state.sessions.some((s) => s.status === 'PENDING');
  if (!waiting || state.polls >= MAX_POLLS || state.expired) {
    return;
  }
  state.pollTimer = window.setTimeout(() => {
    state.polls += 1;
    const busy = $('sessions').contains(document.activeElement)
      || Array.from(document.querySelectorAll('.manual-link-form input')).some((i) => i.value !== '');
    if (busy) {
      schedulePoll(reload);
    } else {
      reload();
    }
  }, POLL_MILLIS);
}

export function stopPolling() {
  if (state.pollTimer !== null) {
    window.clearTimeout(state.pollTimer);
    state.pollTimer = null;
  }
}
