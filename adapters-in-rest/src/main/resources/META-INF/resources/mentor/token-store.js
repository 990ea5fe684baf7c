// Where the sign-in token lives: the tab's sessionStorage, or this page's memory when storage is unavailable.

const TOKEN_KEY = 'meetlinks.token';

let memoryToken = null;

export function storeToken(token) {
  memoryToken = token;
  try {
    window.sessionStorage.setItem(TOKEN_KEY, token);
  } catch (e) {
    // Storage can be disabled (private modes); the token then lives only as long as this page.
    console.warn('sessionStorage is unavailable; the sign-in lasts until this page is closed', e);
  }
}

export function readToken() {
  try {
    return window.sessionStorage.getItem(TOKEN_KEY) || memoryToken;
  } catch (e) {
    console.warn('sessionStorage is unavailable', e);
    return memoryToken;
  }
}

export function forgetToken() {
  memoryToken = null;
  try {
    window.sessionStorage.removeItem(TOKEN_KEY);
  } catch (e) {
    console.warn('sessionStorage is unavailable', e);
  }
}
