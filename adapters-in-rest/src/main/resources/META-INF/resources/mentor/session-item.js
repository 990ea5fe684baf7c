// One session of the list (li[data-session-id]): topic, times, counterpart, link status, links, manual-link form.

import { element, link } from './dom.js';
import { PLATFORM_NAMES } from './texts.js';
import { formatBookedTimes, formatCheckedAt, formatTimes, viewerZone } from './times.js';
import { safeHttpUrl } from './urls.js';

/**
 * The list item of a session; check is the mentor's last meeting check of it (or undefined), saveLink is called
 * with (session, input, button, error) when the mentor submits the manual-link form.
 */
export function renderSession(session, check, saveLink) {
  const item = element('li', 'session');
  item.dataset.sessionId = session.sessionId;
  item.dataset.status = session.status;

  item.appendChild(element('h3', 'session-topic', session.topic));

  const when = element('p', 'session-time');
  const time = element('time', '', formatTimes(session, viewerZone()));
  time.dateTime = session.startsAt;
  when.appendChild(time);
  item.appendChild(when);
  const booked = formatBookedTimes(session, viewerZone());
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
    item.appendChild(manualLinkForm(session, saveLink));
  }
  if (check && session.status !== 'CANCELLED') {
    item.appendChild(renderCheck(check));
  }
  return item;
}

function manualLinkForm(session, saveLink) {
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
    saveLink(session, input, button, error);
  });
  return form;
}

/** The last check of the session's meeting at its provider (before the session): when, and what it found. */
function renderCheck(check) {
  const line = element('p', 'link-check');
  line.dataset.outcome = check.outcome;
  const at = element('time', '', formatCheckedAt(check.checkedAt, viewerZone()));
  at.dateTime = check.checkedAt;
  line.append('Meeting checked ', at, ': ' + check.detail);
  return line;
}
