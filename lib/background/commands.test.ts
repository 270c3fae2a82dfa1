import { expect, test } from 'vitest';
import { forwardCommand } from './commands';

test('a command becomes a navigate message to its tab', async () => {
  const sent: unknown[] = [];
  const send = async (tabId: number, message: unknown) => void sent.push([tabId, message]);
  expect(await forwardCommand('next-mention', 7, send)).toBe(true);
  expect(await forwardCommand('previous-mention', 7, send)).toBe(true);
  expect(sent).toEqual([
    [7, { type: 'navigate', direction: 'next' }],
    [7, { type: 'navigate', direction: 'previous' }],
  ]);
});

test('unknown commands, tabless commands and tabs without a content script are no-ops', async () => {
  const fail = async () => {
    throw new Error('Could not establish connection');
  };
  const sent: unknown[] = [];
  const record = async (tabId: number) => void sent.push(tabId);
  expect(await forwardCommand('toString', 7, record)).toBe(false);
  expect(await forwardCommand('next-mention', undefined, record)).toBe(false);
  expect(sent).toEqual([]);
  expect(await forwardCommand('next-mention', 7, fail)).toBe(false);
});
