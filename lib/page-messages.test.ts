import { describe, expect, test } from 'vitest';
import { isPageMentions, isPageRequestType, parsePageRequest } from './page-messages';

describe('parsePageRequest', () => {
  test.each([
    [{ type: 'page-mentions' }],
    [{ type: 'reveal', entityId: 'to-lam' }],
    [{ type: 'navigate', direction: 'previous' }],
  ])('accepts %j', (message) => {
    expect(parsePageRequest(message)).toEqual({ ok: true, value: message });
  });

  test.each([
    [undefined, /not an object/],
    ['page-mentions', /not an object/],
    [{ type: 'status' }, /unknown message type/],
    [{ type: 'hasOwnProperty' }, /unknown message type/],
    [{ type: 'reveal' }, /"entityId" must be a string/],
    [{ type: 'reveal', entityId: 3 }, /"entityId" must be a string/],
    [{ type: 'reveal', entityId: 'x'.repeat(1001) }, /too long/],
    [{ type: 'page-mentions', tabId: 1 }, /unexpected field "tabId"/],
    [{ type: 'navigate', direction: 'sideways' }, /must be one of next, previous/],
  ])('refuses %j', (message, reason) => {
    const result = parsePageRequest(message);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(reason);
  });
});

test('isPageRequestType knows only the page requests', () => {
  expect(isPageRequestType('reveal')).toBe(true);
  expect(isPageRequestType('navigate')).toBe(true);
  expect(isPageRequestType('status')).toBe(false);
  expect(isPageRequestType('constructor')).toBe(false);
  expect(isPageRequestType(undefined)).toBe(false);
});

describe('isPageMentions', () => {
  test('accepts a well-formed answer', () => {
    const answer = {
      hostname: 'a.example',
      entities: [{ id: 'to-lam', name: 'To Lam', count: 2 }],
    };
    expect(isPageMentions(answer)).toBe(true);
    expect(isPageMentions({ hostname: '', entities: [] })).toBe(true);
  });

  test.each([
    [null],
    [{ entities: [] }],
    [{ hostname: 'a.example', entities: {} }],
    [{ hostname: 'a.example', entities: [{ id: 'to-lam', name: 'To Lam' }] }],
    [{ hostname: 'a.example', entities: [null] }],
  ])('refuses %j', (value) => {
    expect(isPageMentions(value)).toBe(false);
  });
});
