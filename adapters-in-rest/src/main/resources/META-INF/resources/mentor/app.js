// meetlinks mentor page: connections, default platform, sessions with links. No framework, no build step.
// The server enforces every rule; this script only reads the token's groups and sub for display.
'use strict';

(function () {
  const TOKEN_KEY = 'meetlinks.token';
  const PROVIDERS = ['google', 'zoom'];
  const PROVIDER_NAMES = { google: 'Google', zoom: 'Zoom' };
  const PLATFORM_NAMES = { GOOGLE_MEET: 'Google Meet', ZOOM: 'Zoom', MANUAL: 'your own link' };
  // The callback names withheld permissions by these fixed codes only; anything else in the URL is ignored.
  const PERMISSION_TEXTS = {
    'google-calendar-events': 'create and change the events of your sessions in your Google Calendar',
    'google-calendar-settings': 'see your calendar settings (your address, and whether Google Meet is available)',
    'zoom-meetings-create': 'create Zoom meetings',
    'zoom-meetings-update': 'move Zoom meetings when a session is rescheduled',
    'zoom-meetings-delete': 'delete Zoom meetings when a session is cancelled',
    'zoom-meetings-list': 'see your list of Zoom meetings',
    'zoom-profile': 'see your Zoom profile (your address)',
  };
  const EXPIRED_TEXT = 'Your session expired — open this page again from your dashboard.';
  const PAGE_SIZE = 20;
  const POLL_MILLIS = 4000;
  const MAX_POLLS = 30;

  const state = {
    token: null,
    claims: null,
    isMentor: false,
    sessions: [],
    checks: {},
    pagesLoaded: 0,
    hasMore: false,
    polls: 0,
    pollTimer: null,
    savedPlatform: null,
    preferenceRequest: 0,
    expired: false,
  };

  let memoryToken = null;

  /** An API answer other than 2xx, carrying the problem+json fields when there were any. */
  class ApiError extends Error {
    constructor(status, title, detail, field) {
      super(detail || title || ('HTTP ' + status));
      this.status = status;
      this.title = title || '';
      this.detail = detail || '';
      this.field = field || '';
    }
  }

  const $ = (id) => document.getElementById(id);

  // ---- token handover -------------------------------------------------------------------------------

  function storeToken(token) {
    memoryToken = token;
    try {
      window.sessionStorage.setItem(TOKEN_KEY, token);
    } catch (e) {
      // Storage can be disabled (private modes); the token then lives only as long as this page.
      console.warn('sessionStorage is unavailable; the sign-in lasts until this page is closed', e);
    }
  }

  function readToken() {
    try {
      return window.sessionStorage.getItem(TOKEN_KEY) || memoryToken;
    } catch (e) {
      console.warn('sessionStorage is unavailable', e);
      return memoryToken;
    }
  }

  function forgetToken() {
    memoryToken = null;
    try {
      window.sessionStorage.removeItem(TOKEN_KEY);
    } catch (e) {
      console.warn('sessionStorage is unavailable', e);
    }
  }

  /**
   * Moves #token=... from the address bar into sessionStorage; the fragment never reaches a server. A token for
   * another user than the one this tab is signed in as is not swapped in silently: it is returned, for the page to
   * ask first.
   */
  function takeTokenFromFragment() {
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
    if (current && current !== token && signedInAs(current) !== null && signedInAs(current) !== signedInAs(token)) {
      return token;
    }
    storeToken(token);
    return null;
  }

  /** The subject of a token that has not expired, or null. */
  function signedInAs(token) {
    const claims = decodeClaims(token);
    if (!claims || (typeof claims.exp === 'number' && claims.exp * 1000 <= Date.now())) {
      return null;
    }
    return typeof claims.sub === 'string' ? claims.sub : null;
  }

  /** Asks before the tab changes user: switch (and reload) or stay. */
  function askToSwitch(pending) {
    const newUser = signedInAs(pending);
    const panel = $('switch-user');
    if (newUser === null) {
      say('The sign-in link was not used: it is not valid or has expired.', 'error');
      return;
    }
    $('switch-user-text').textContent = 'This link would sign you in as ' + newUser + ', but this tab is signed in as '
      + (signedInAs(readToken()) || 'someone else') + '. Switch only if you meant to use the other account.';
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
      say('You are still signed in as ' + (signedInAs(readToken()) || 'before') + '.', 'info');
    };
    $('switch-user-title').focus();
  }

  function decodeClaims(token) {
    const parts = token.split('.');
    if (parts.length !== 3) {
      return null;
    }
    try {
      const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
      const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
      const bytes = Uint8Array.from(window.atob(padded), (c) => c.charCodeAt(0));
      const claims = JSON.parse(new TextDecoder().decode(bytes));
      return claims && typeof claims === 'object' ? claims : null;
    } catch (e) {
      console.warn('The sign-in token could not be read', e);
      return null;
    }
  }

  // ---- messages -------------------------------------------------------------------------------------

  function say(text, kind) {
    const box = $('status-message');
    box.dataset.kind = kind || 'info';
    box.textContent = text;
  }

  function sayError(prefix, error) {
    say(prefix + ' ' + describe(error), 'error');
  }

  function describe(error) {
    if (error instanceof ApiError) {
      return error.detail || error.title || ('The server answered ' + error.status + '.');
    }
    return 'Something went wrong. Try again in a moment.';
  }

  function showSignedOut(text) {
    state.expired = true;
    stopPolling();
    ['reconnect-banner', 'connect-problem', 'connections', 'preferences', 'sessions-section'].forEach((id) => { $(id).hidden = true; });
    $('signed-in-as').hidden = true;
    $('signed-out-text').textContent = text;
    $('signed-out').hidden = false;
    say(text, 'error');
    $('signed-out-title').focus();
  }

  // ---- API ------------------------------------------------------------------------------------------

  /**
   * Calls the API with the bearer token. No cookies travel (credentials 'omit'), except where withCookies is set:
   * starting a connect, whose answer sets the cookie that ties the connect to this browser.
   */
  async function api(method, path, body, withCookies) {
    if (state.expired) {
      throw new ApiError(401, 'Unauthorized', EXPIRED_TEXT);
    }
    const headers = { Authorization: 'Bearer ' + state.token, Accept: 'application/json' };
    const init = { method: method, headers: headers, cache: 'no-store',
      credentials: withCookies ? 'same-origin' : 'omit' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    let response;
    try {
      response = await fetch(path, init);
    } catch (e) {
      throw new ApiError(0, 'Network problem', 'The server could not be reached. Check your connection and try again.');
    }
    if (response.status === 401) {
      forgetToken();
      showSignedOut(EXPIRED_TEXT);
      throw new ApiError(401, 'Unauthorized', EXPIRED_TEXT);
    }
    const type = response.headers.get('Content-Type') || '';
    let data = null;
    if (response.status !== 204 && type.indexOf('json') >= 0) {
      try {
        data = await response.json();
      } catch (e) {
        throw new ApiError(response.status, 'Unreadable answer', 'The server sent an answer this page cannot read.');
      }
    }
    if (!response.ok) {
      const problem = data || {};
      throw new ApiError(response.status, problem.title, problem.detail, problem.field);
    }
    return data;
  }

  // ---- connections ----------------------------------------------------------------------------------

  function connectionText(connection) {
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

  function renderConnection(provider, connection) {
    const card = $('connection-' + provider);
    const status = connection ? connection.status : 'NOT_CONNECTED';
    const name = PROVIDER_NAMES[provider];
    const meetingsOff = Boolean(connection) && connection.meetingsAllowed === false;
    card.dataset.status = status;
    card.dataset.meetings = meetingsOff ? 'off' : 'on';
    const text = $('connection-' + provider + '-status');
    text.textContent = connectionText(connection || { provider: provider, status: status });
    if (connection && connection.reason && (status !== 'CONNECTED' || meetingsOff)) {
      const reason = document.createElement('span');
      reason.className = 'connection-reason';
      reason.textContent = ' (' + connection.reason + ')';
      text.appendChild(reason);
    }
    const connect = $('connect-' + provider);
    const disconnect = $('disconnect-' + provider);
    // With meetings turned off by the account's admin, connecting again checks whether they are back on.
    connect.textContent = (status === 'NEEDS_RECONNECT' || meetingsOff ? 'Reconnect ' : 'Connect ') + name;
    connect.hidden = status === 'CONNECTED' && !meetingsOff;
    connect.disabled = false;
    disconnect.hidden = status !== 'CONNECTED' && status !== 'NEEDS_RECONNECT';
    disconnect.disabled = false;
  }

  function renderBanner(connections) {
    const list = $('reconnect-list');
    list.replaceChildren();
    connections.filter((c) => c.status === 'NEEDS_RECONNECT' && PROVIDER_NAMES[c.provider]).forEach((c) => {
      const name = PROVIDER_NAMES[c.provider];
      const item = document.createElement('li');
      const text = document.createElement('span');
      text.textContent = 'Your ' + name + ' connection stopped working — ';
      const button = document.createElement('button');
      button.type = 'button';
      button.id = 'banner-reconnect-' + c.provider;
      button.className = 'button primary';
      button.textContent = 'Reconnect ' + name;
      button.addEventListener('click', () => connect(c.provider, button));
      item.append(text, button);
      if (c.reason) {
        const reason = document.createElement('p');
        reason.className = 'banner-reason';
        reason.textContent = c.reason;
        item.appendChild(reason);
      }
      list.appendChild(item);
    });
    connections.filter((c) => c.status === 'CONNECTED' && c.meetingsAllowed === false && PROVIDER_NAMES[c.provider])
      .forEach((c) => {
        const item = document.createElement('li');
        item.id = 'banner-meetings-off-' + c.provider;
        const text = document.createElement('span');
        text.textContent = c.reason || (PROVIDER_NAMES[c.provider] + ' cannot make meetings for you.');
        item.appendChild(text);
        list.appendChild(item);
      });
    $('reconnect-banner').hidden = list.children.length === 0;
  }

  async function loadConnections() {
    try {
      const connections = await api('GET', '/api/me/connections');
      const list = Array.isArray(connections) ? connections : [];
      PROVIDERS.forEach((p) => renderConnection(p, list.find((c) => c.provider === p)));
      renderBanner(list);
      $('connections-error').hidden = true;
    } catch (e) {
      if (e.status === 401) {
        return;
      }
      const box = $('connections-error');
      box.textContent = 'Your video accounts could not be loaded: ' + describe(e);
      box.hidden = false;
    }
  }

  async function connect(provider, button) {
    const name = PROVIDER_NAMES[provider];
    button.disabled = true;
    say('Opening ' + name + ' to connect your account…', 'info');
    try {
      const answer = await api('POST', '/api/me/connections/' + provider + '/authorize', undefined, true);
      const target = new URL(answer && answer.authorizationUrl, window.location.href);
      if (target.protocol !== 'https:' && target.protocol !== 'http:') {
        throw new ApiError(0, 'Unexpected answer', 'The server sent an address this page will not open.');
      }
      window.location.assign(target.href);
    } catch (e) {
      button.disabled = false;
      if (e.status !== 401) {
        sayError(name + ' could not be connected.', e);
      }
    }
  }

  async function disconnect(provider, button) {
    const name = PROVIDER_NAMES[provider];
    button.disabled = true;
    try {
      await api('DELETE', '/api/me/connections/' + provider);
      say(name + ' is disconnected. Sessions keep the links they already have.', 'success');
      await loadConnections();
      $('connect-' + provider).focus();
    } catch (e) {
      button.disabled = false;
      if (e.status !== 401) {
        sayError(name + ' could not be disconnected.', e);
      }
    }
  }

  /** The mentor withheld permissions on the consent page: say which, and offer to connect again. */
  function showMissingPermissions(provider, codes) {
    const name = PROVIDER_NAMES[provider];
    const texts = codes.split(',').map((c) => PERMISSION_TEXTS[c]).filter((t) => t);
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

  /**
   * The words for the callback's fixed connectError codes. Anything else (a crafted link) gets the generic
   * sentence: the page never shows text taken from its URL.
   */
  function connectErrorText(code, name) {
    const texts = {
      'consent-not-given': 'the consent was not given on ' + name + "'s page.",
      'incomplete-answer': name + "'s answer was incomplete; please try again.",
      'connect-expired': 'this connect link expired or was already used; please click connect again.',
      'sign-in-refused': 'the sign-in was refused; please try again.',
      'provider-unavailable': name + ' did not answer; please try again in a minute.',
    };
    return Object.prototype.hasOwnProperty.call(texts, code) ? texts[code] : 'please try again.';
  }

  /** Shows what the OAuth callback reported (?connected=google or ?connectError=<code>&provider=zoom), once. */
  function reportConnectResult() {
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

  // ---- default platform -----------------------------------------------------------------------------

  function showPreference(platform) {
    state.savedPlatform = platform || null;
    $('default-platform').dataset.saved = platform || '';
    document.querySelectorAll('input[name="defaultPlatform"]').forEach((radio) => {
      radio.checked = radio.value === platform;
    });
  }

  async function loadPreference() {
    try {
      const preference = await api('GET', '/api/me/preferences');
      showPreference(preference && preference.defaultPlatform);
    } catch (e) {
      if (e.status !== 401) {
        sayError('Your default platform could not be loaded.', e);
      }
    }
  }

  async function savePreference(platform) {
    const request = ++state.preferenceRequest;
    say('Saving your default platform…', 'info');
    try {
      const saved = await api('PUT', '/api/me/preferences', { defaultPlatform: platform });
      if (request === state.preferenceRequest) {
        showPreference((saved && saved.defaultPlatform) || platform);
        say('Default platform saved: ' + PLATFORM_NAMES[platform] + '.', 'success');
      }
    } catch (e) {
      if (request === state.preferenceRequest) {
        showPreference(state.savedPlatform);
        if (e.status !== 401) {
          sayError('Your default platform was not saved.', e);
        }
      }
    }
  }

  // ---- sessions -------------------------------------------------------------------------------------

  function safeHttpUrl(value) {
    if (!value) {
      return null;
    }
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  /** The zone the browser runs in (the viewer's), e.g. "America/New_York". */
  function viewerZone() {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  }

  /**
   * Start to end in one zone (the viewer's when none is given), ending with the zone's name:
   * "Sat, Dec 12, 2026, 10:00 AM – 11:00 AM Eastern Standard Time" (the end's date too when it is another day).
   */
  function formatRange(session, zone) {
    const inZone = (options) => (zone ? Object.assign(options, { timeZone: zone }) : options);
    const dayOnly = new Intl.DateTimeFormat(undefined, inZone({ day: 'numeric', month: 'numeric', year: 'numeric' }));
    const dayAndTime = new Intl.DateTimeFormat(undefined, inZone({
      weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit',
    }));
    const start = new Date(session.startsAt);
    const end = new Date(session.endsAt);
    const sameDay = dayOnly.format(start) === dayOnly.format(end);
    const endFormat = new Intl.DateTimeFormat(undefined, inZone(sameDay
      ? { hour: '2-digit', minute: '2-digit', timeZoneName: 'long' }
      : {
        weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit',
        timeZoneName: 'long',
      }));
    return dayAndTime.format(start) + ' – ' + endFormat.format(end);
  }

  /** The session's time in the viewer's zone, with the zone's name and id. */
  function formatTimes(session) {
    return formatRange(session) + ' (' + viewerZone() + ')';
  }

  /** The time in the zone the session was booked in, when that is not the viewer's zone; else null. */
  function formatBookedTimes(session) {
    if (!session.timeZone || session.timeZone === viewerZone()) {
      return null;
    }
    try {
      return 'Booked in ' + session.timeZone + ': ' + formatRange(session, session.timeZone);
    } catch (e) {
      return 'Booked in ' + session.timeZone;
    }
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function link(className, href, text, label) {
    const a = element('a', className, text);
    a.href = href;
    a.rel = 'noopener noreferrer';
    a.target = '_blank';
    if (label) {
      a.setAttribute('aria-label', label);
    }
    return a;
  }

  function renderSession(session) {
    const item = element('li', 'session');
    item.dataset.sessionId = session.sessionId;
    item.dataset.status = session.status;

    item.appendChild(element('h3', 'session-topic', session.topic));

    const when = element('p', 'session-time');
    const time = element('time', '', formatTimes(session));
    time.dateTime = session.startsAt;
    when.appendChild(time);
    item.appendChild(when);
    const booked = formatBookedTimes(session);
    if (booked) {
      item.appendChild(element('p', 'session-booked-time', booked));
    }

    const counterpart = session.role === 'MENTOR' ? 'Mentee: ' : 'Mentor: ';
    item.appendChild(element('p', 'session-meta', counterpart + session.counterpartName));

    const status = element('p', 'session-status');
    const badge = element('span', 'badge', session.statusText);
    badge.dataset.status = session.status;
    status.append('Link: ', badge);
    if (session.platform && session.status !== 'CANCELLED') {
      status.append(' · ' + (PLATFORM_NAMES[session.platform] || session.platform));
    }
    item.appendChild(status);

    if (session.status !== 'CANCELLED') {
      const links = element('p', 'links');
      const joinUrl = safeHttpUrl(session.joinUrl);
      if (joinUrl) {
        links.appendChild(link('join-link', joinUrl, 'Join the session', 'Join ' + session.topic));
      }
      const meetingUrl = safeHttpUrl(session.url);
      if (meetingUrl) {
        const wrap = element('span', 'meeting-url-wrap', 'Meeting link: ');
        wrap.appendChild(link('meeting-url', meetingUrl, meetingUrl));
        links.appendChild(wrap);
      }
      if (links.children.length > 0) {
        item.appendChild(links);
      }
    }

    if (session.role === 'MENTOR' && session.failureReason && session.status === 'AWAITING_MANUAL_LINK') {
      item.appendChild(element('p', 'failure-reason', 'Why there is no link yet: ' + session.failureReason));
    }
    if (session.role === 'MENTOR' && !session.url && session.status !== 'CANCELLED') {
      item.appendChild(manualLinkForm(session));
    }
    const check = session.role === 'MENTOR' ? state.checks[session.sessionId] : undefined;
    if (check && session.status !== 'CANCELLED') {
      item.appendChild(renderCheck(check));
    }
    return item;
  }

  function manualLinkForm(session) {
    const key = session.sessionId.replace(/[^A-Za-z0-9_-]/g, '_');
    const form = element('form', 'manual-link-form');
    form.noValidate = true;
    const field = element('div', 'field');
    const label = element('label', '', 'Your own meeting link');
    const input = element('input');
    input.type = 'url';
    input.name = 'url';
    input.id = 'manual-url-' + key;
    input.placeholder = 'https://';
    input.autocomplete = 'url';
    input.required = true;
    input.setAttribute('aria-describedby', 'manual-error-' + key);
    label.htmlFor = input.id;
    field.append(label, input);
    const button = element('button', 'button primary', 'Save link');
    button.type = 'submit';
    const error = element('p', 'inline-error');
    error.id = 'manual-error-' + key;
    error.hidden = true;
    form.append(field, button, error);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      saveManualLink(session, input, button, error);
    });
    return form;
  }

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

  /** The last check of the session's meeting at its provider (before the session): when, and what it found. */
  function renderCheck(check) {
    const line = element('p', 'link-check');
    line.dataset.outcome = check.outcome;
    const at = element('time', '', new Date(check.checkedAt).toLocaleString());
    at.dateTime = check.checkedAt;
    line.append('Meeting checked ', at, ': ' + check.detail);
    return line;
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
    list.replaceChildren(...state.sessions.map(renderSession));
    $('sessions-empty').hidden = state.sessions.length > 0;
    $('sessions-more').hidden = !state.hasMore;
  }

  async function fetchPage(page) {
    return api('GET', '/api/me/sessions?page=' + page + '&size=' + PAGE_SIZE);
  }

  /** Loads the first page again (and as many pages as were shown), then redraws the list. */
  async function loadSessions(keepPages) {
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
      schedulePoll();
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

  async function loadMoreSessions(button) {
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

  /** While a link is being created, look again every few seconds, unless the user is working in the list. */
  function schedulePoll() {
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
        schedulePoll();
      } else {
        loadSessions(true);
      }
    }, POLL_MILLIS);
  }

  function stopPolling() {
    if (state.pollTimer !== null) {
      window.clearTimeout(state.pollTimer);
      state.pollTimer = null;
    }
  }

  // ---- start ----------------------------------------------------------------------------------------

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
    if (typeof state.claims.exp === 'number' && state.claims.exp * 1000 <= Date.now()) {
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
}());
