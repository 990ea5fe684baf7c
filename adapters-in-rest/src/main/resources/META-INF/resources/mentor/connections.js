// The video account cards and the "Action needed" banner: show each connection, connect, reconnect, disconnect.

import { api } from './api.js';
import { ApiError, describe } from './api-error.js';
import { $ } from './dom.js';
import { say, sayError } from './messages.js';
import { connectionText, PROVIDER_NAMES, PROVIDERS } from './texts.js';

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
  const connectButton = $('connect-' + provider);
  const disconnectButton = $('disconnect-' + provider);
  // With meetings turned off by the account's admin, connecting again checks whether they are back on.
  connectButton.textContent = (status === 'NEEDS_RECONNECT' || meetingsOff ? 'Reconnect ' : 'Connect ') + name;
  connectButton.hidden = status === 'CONNECTED' && !meetingsOff;
  connectButton.disabled = false;
  disconnectButton.hidden = status !== 'CONNECTED' && status !== 'NEEDS_RECONNECT';
  disconnectButton.disabled = false;
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

export async function loadConnections() {
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

export async function connect(provider, button) {
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

export async function disconnect(provider, button) {
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
