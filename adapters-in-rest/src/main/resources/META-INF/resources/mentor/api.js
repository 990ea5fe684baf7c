// Calls to the meetlinks API with the bearer token; a 401 signs the page out.

import { ApiError } from './api-error.js';
import { showSignedOut } from './signed-out.js';
import { state } from './state.js';
import { EXPIRED_TEXT } from './texts.js';
import { forgetToken } from './token-store.js';

/**
 * Calls the API with the bearer token. No cookies travel (credentials 'omit'), except where withCookies is set:
 * starting a connect, whose answer sets the cookie that ties the connect to this browser.
 */
export async function api(method, path, body, withCookies) {
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
