// The default platform radio buttons: show what the server saved, save a new choice.

import { api } from './api.js';
import { $ } from './dom.js';
import { say, sayError } from './messages.js';
import { state } from './state.js';
import { PLATFORM_NAMES } from './texts.js';

function showPreference(platform) {
  state.savedPlatform = platform || null;
  $('default-platform').dataset.saved = platform || '';
  document.querySelectorAll('input[name="defaultPlatform"]').forEach((radio) => {
    radio.checked = radio.value === platform;
  });
}

export async function loadPreference() {
  try {
    const preference = await api('GET', '/api/me/preferences');
    showPreference(preference && preference.defaultPlatform);
  } catch (e) {
    if (e.status !== 401) {
      sayError('Your default platform could not be loaded.', e);
    }
  }
}

export async function savePreference(platform) {
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
