// Reading the sign-in token's claims for display: who, and whether it has expired; bad tokens read as nothing.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageModule } from './page-modules.mjs';

const { decodeClaims, hasExpired, signedInAs } = await pageModule('claims.js');

const NOW = Date.parse('2030-01-01T00:00:00Z');
const part = (text) => Buffer.from(text, 'utf8').toString('base64url');
const token = (claims) => part('{"alg":"RS256","typ":"JWT"}') + '.' + part(JSON.stringify(claims)) + '.c2ln';

test('the claims of a token are read, base64url and UTF-8 included', () => {
  // "Zoë ~~>" makes the payload use the base64url characters - and _.
  const claims = { sub: 'm-1', name: 'Zoë ~~>', groups: ['mentor'], exp: NOW / 1000 + 60 };
  assert.match(token(claims), /[-_]/);
  assert.deepEqual(decodeClaims(token(claims)), claims);
});

test('a token that is not a readable JWT reads as no claims', () => {
  const quiet = console.warn;
  console.warn = () => {};
  try {
    for (const bad of ['', 'abc', 'a.b', 'a.b.c.d', 'a.!!!.c', 'a.' + part('{"sub":') + '.c', 'a.' + part('5') + '.c',
      'a.' + part('null') + '.c', 'a.' + part('"m-1"') + '.c']) {
      assert.equal(decodeClaims(bad), null, bad);
    }
  } finally {
    console.warn = quiet;
  }
});

test('a token expires at its exp, to the second', () => {
  assert.equal(hasExpired({ exp: NOW / 1000 }, NOW), true);
  assert.equal(hasExpired({ exp: NOW / 1000 + 1 }, NOW), false);
  assert.equal(hasExpired({ exp: NOW / 1000 - 1 }, NOW), true);
  assert.equal(hasExpired({}, NOW), false);
  assert.equal(hasExpired({ exp: String(NOW / 1000 - 1) }, NOW), false);
});

test('the user signed in is the subject of a token that has not expired', () => {
  assert.equal(signedInAs(token({ sub: 'm-1', exp: NOW / 1000 + 60 }), NOW), 'm-1');
  assert.equal(signedInAs(token({ sub: 'm-1' }), NOW), 'm-1');
  assert.equal(signedInAs(token({ sub: 'm-1', exp: NOW / 1000 - 60 }), NOW), null);
  assert.equal(signedInAs(token({ sub: 42, exp: NOW / 1000 + 60 }), NOW), null);
  assert.equal(signedInAs(token({ groups: ['mentor'] }), NOW), null);
});
