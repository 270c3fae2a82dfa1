import { describe, expect, test } from 'vitest';
import { isResult, parseRequest } from './messages';

describe('parseRequest', () => {
  test.each([
    [{ type: 'status' }],
    [{ type: 'matcher' }],
    [{ type: 'packed-matcher' }],
    [{ type: 'card', id: 'to-lam', lang: 'pl' }],
    [{ type: 'sources' }],
    [{ type: 'reimport' }],
    [{ type: 'names', lang: 'fr' }],
    [{ type: 'seed', id: '000_b52fa35cbc56eae7' }],
    [{ type: 'strings', lang: 'ar' }],
    [{ type: 'open-reader', seed: '', quote: '' }],
    // One, two and three hashes: base64 ending in ==, = and nothing.
    ...[1, 2, 3].map((n): [object] => [
      {
        type: 'prefilter-check',
        hashes: Buffer.from(new Uint32Array(n).fill(0xdeadbeef).buffer).toString('base64'),
        known: '',
      },
    ]),
  ])('accepts %j', (message) => {
    expect(parseRequest(message)).toEqual({ ok: true, value: message });
  });

  test.each([
    [null, /not an object/],
    ['status', /not an object/],
    [{}, /unknown message type/],
    [{ type: 'toString' }, /unknown message type/],
    [{ type: 'card', id: 'to-lam' }, /"lang" must be a string/],
    [{ type: 'card', id: 7, lang: 'pl' }, /"id" must be a string/],
    [{ type: 'card', id: 'x'.repeat(2000), lang: 'pl' }, /too long/],
    [{ type: 'status', extra: 1 }, /unexpected field "extra"/],
    [{ type: 'prefilter-check', hashes: 'Ghada Waly', known: '' }, /base64/],
    [{ type: 'prefilter-check', hashes: 'A'.repeat(131_076), known: '' }, /too long/],
  ])('refuses %j', (message, reason) => {
    const result = parseRequest(message);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(reason);
  });
});

test('isResult tells results from other values', () => {
  expect(isResult({ ok: true, value: 1 })).toBe(true);
  expect(isResult({ ok: false, error: 'x' })).toBe(true);
  expect(isResult({ ok: false })).toBe(false);
  expect(isResult(undefined)).toBe(false);
});
