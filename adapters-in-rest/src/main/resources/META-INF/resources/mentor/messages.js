// The page's live status line (#status-message): what just happened, with its kind (info, success, error).

import { describe } from './api-error.js';
import { $ } from './dom.js';

export function say(text, kind) {
  const box = $('status-message');
  box.dataset.kind = kind || 'info';
  box.textContent = text;
}

export function sayError(prefix, error) {
  say(prefix + ' ' + describe(error), 'error');
}
