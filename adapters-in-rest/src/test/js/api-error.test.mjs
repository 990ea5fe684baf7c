// What the page says for a failed call: the server's problem detail, its title, its status, or a generic sentence.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageModule } from './page-modules.mjs';

const { ApiError, describe } = await pageModule('api-error.js');

test('a problem answer is described by its detail, else its title, else its status', () => {
  assert.equal(describe(new ApiError(400, 'Bad Request', 'url must start with https://', 'url')),
    'url must start with https://');
  assert.equal(describe(new ApiError(409, 'Conflict')), 'Conflict');
  assert.equal(describe(new ApiError(502)), 'The server answered 502.');
});

test('an error of the page itself gets the generic sentence', () => {
  assert.equal(describe(new TypeError('x is undefined')), 'Something went wrong. Try again in a moment.');
});

test('an API error keeps the problem fields, empty where there were none', () => {
  const error = new ApiError(400, 'Bad Request', undefined, 'url');
  assert.equal(error.status, 400);
  assert.equal(error.detail, '');
  assert.equal(error.field, 'url');
  assert.equal(error.message, 'Bad Request');
});
