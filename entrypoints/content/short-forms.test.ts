// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import type { Mention } from './page-mention';
import { createShortForms } from './short-forms';
import type { Block } from './text-runs';

/** A mention of `entityId` at the start of the block's text. */
function mention(block: Element, entityId: string, short = false): Mention {
  const range = { startContainer: block.firstChild, startOffset: 0 };
  return { entityId, short, range } as unknown as Mention;
}

function blocks(n: number): HTMLElement[] {
  document.body.innerHTML = '<p>text</p>'.repeat(n);
  return [...document.querySelectorAll('p')];
}

test('a short form waits for a full name before it, then its block is scanned again', () => {
  const [first, second] = blocks(2);
  const shortForms = createShortForms();
  const woken: Block[] = [];
  const wake = (block: Block) => woken.push(block);
  const pinto = mention(second, 'pinto', true);
  // The screen (second paragraph) is scanned first: "Pinto" alone is not counted yet.
  expect(shortForms.keep(second, [pinto], wake)).toEqual([]);
  const full = [mention(first, 'pinto'), mention(first, 'ecuador')];
  expect(shortForms.keep(first, full, wake)).toEqual(full);
  expect(woken).toEqual([second]);
  // Scanned again, it now counts; and nothing waits any more.
  expect(shortForms.keep(second, [pinto], wake)).toEqual([pinto]);
  expect(shortForms.keep(first, full, wake)).toEqual(full);
  expect(woken).toEqual([second]);
});

test('a short form before the first full name does not count', () => {
  const [first, second] = blocks(2);
  const shortForms = createShortForms();
  const waly = mention(first, 'waly', true);
  expect(shortForms.keep(second, [mention(second, 'waly')], () => {})).toHaveLength(1);
  expect(shortForms.keep(first, [waly], () => {})).toEqual([]);
});

test('a block that is gone is not woken, and clear() forgets the names', () => {
  const [first, second] = blocks(2);
  const shortForms = createShortForms();
  const woken: Block[] = [];
  shortForms.keep(second, [mention(second, 'waly', true)], (b) => woken.push(b));
  second.remove();
  shortForms.keep(first, [mention(first, 'waly')], (b) => woken.push(b));
  expect(woken).toEqual([]);
  shortForms.clear();
  expect(shortForms.keep(first, [mention(first, 'waly', true)], () => {})).toEqual([]);
});
