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

const article = {
  url: 'https://news.example/hanoi-signing',
  title: 'Convention signed in Hanoi',
  site: 'Example News',
  author: '',
  date: '2025-10-25',
  lang: 'en',
  text: 'Delegates met in Hanoi.\n\nThe convention was signed.',
};

describe('story requests', () => {
  test.each([
    [{ type: 'stories' }],
    [{ type: 'story', id: 'hanoi-talks' }],
    [{ type: 'add-article', story: '', title: 'Hanoi talks', article }],
    [{ type: 'story-undo', story: 'hanoi-talks' }],
    [{ type: 'story-edit', edit: { op: 'delete-story', story: 'hanoi-talks' } }],
    [
      {
        type: 'story-edit',
        edit: { op: 'edit-entity', story: 's', entity: 'ghada-waly', lang: 'fr', type: 'person' },
      },
    ],
    [
      {
        type: 'story-edit',
        edit: {
          op: 'add-fact',
          story: 's',
          entity: 'e',
          lang: 'en',
          text: 'It was signed.',
          url: article.url,
          exact: 'was signed',
          prefix: 'The convention ',
          suffix: '.',
        },
      },
    ],
  ])('accepts %j', (message) => {
    expect(parseRequest(message)).toEqual({ ok: true, value: message });
  });

  test('passes on the checked article, trimmed', () => {
    const result = parseRequest({
      type: 'add-article',
      story: '',
      title: 'T',
      article: { ...article, title: '  Convention signed in Hanoi ' },
    });
    expect(result.ok && result.value).toMatchObject({
      article: { title: 'Convention signed in Hanoi' },
    });
  });

  test.each([
    [
      {
        type: 'add-article',
        story: '',
        title: 'T',
        article: { ...article, url: 'ftp://x.example/a' },
      },
      /at url: must be an http or https URL/,
    ],
    [
      { type: 'add-article', story: '', title: 'T', article: { ...article, lang: 'it' } },
      /at lang: must be one of en, pl/,
    ],
    [
      { type: 'add-article', story: '', title: 'T', article: { ...article, date: '25 Oct' } },
      /at date: must be YYYY-MM-DD/,
    ],
    [
      { type: 'add-article', story: '', title: 'T', article: { ...article, extra: 1 } },
      /field "article"/,
    ],
    [{ type: 'add-article', story: '', title: 'T' }, /field "article"/],
    [{ type: 'story-edit', edit: { op: 'launch', story: 's' } }, /field "edit"/],
    [
      {
        type: 'story-edit',
        edit: {
          op: 'make-entity',
          story: 's',
          name: 'X',
          lang: 'en',
          type: 'robot',
          description: '',
        },
      },
      /at type: must be one of person/,
    ],
    [
      { type: 'story-edit', edit: { op: 'delete-fact', story: 's', entity: 'e', index: -1 } },
      /at index/,
    ],
    [
      { type: 'story-edit', edit: { op: 'delete-story', story: 'Not An Id' } },
      /at story: must be kebab-case/,
    ],
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
