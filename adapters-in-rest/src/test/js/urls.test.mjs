// Which addresses the page links to: absolute http(s) only.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageModule } from './page-modules.mjs';

const { safeHttpUrl } = await pageModule('urls.js');

test('http and https addresses are kept, normalised', () => {
  assert.equal(safeHttpUrl('https://meet.google.com/abc-defg-hij'), 'https://meet.google.com/abc-defg-hij');
  assert.equal(safeHttpUrl('http://localhost:9080/join/t0k'), 'http://localhost:9080/join/t0k');
  assert.equal(safeHttpUrl('HTTPS://Whereby.com/ada'), 'https://whereby.com/ada');
});

test('script, data and other schemes are refused', () => {
  for (const value of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)', 'ftp://example.org/file', 'file:///etc/passwd']) {
    assert.equal(safeHttpUrl(value), null, value);
  }
});

test('relative addresses, empty values and non-URLs are refused', () => {
  for (const value of ['/join/t0k', 'join/t0k', '//evil.example/x', '', null, undefined, 'not a url']) {
    assert.equal(safeHttpUrl(value), null, String(value));
  }
});
