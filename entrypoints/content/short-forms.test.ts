// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import type { Mention } from './page-mention';
import { createShortForms } from './short-forms';
import type { Block } from './text-runs';

const mention = (entityId: string, short = false) => ({ entityId, short }) as unknown as Mention;

function blocks(n: number): HTMLElement[] {
  document.body.innerHTML = '<p></p>'.repeat(n);
  return [...document.querySelectorAll('p')];
}

test('a short form waits for the full name, then its block is scanned again', () => {
  const [first, second] = blocks(2);
  const shortForms = createShortForms();
  const woken: Block[] = [];
  const wake = (block: Block) => woken.push(block);
  // The screen (second paragraph) is scanned first: "Pinto" alone is not counted yet.
  expect(shortForms.keep(second, [mention('pinto', true)], wake)).toEqual([]);
  const full = [mention('pinto'), mention('ecuador')];
  expect(shortForms.keep(first, full, wake)).toEqual(full);
  expect(woken).toEqual([second]);
  // Scanned again, it now counts; and nothing waits any more.
  expect(shortForms.keep(second, [mention('pinto', true)], wake)).toEqual([mention('pinto', true)]);
  expect(shortForms.keep(first, full, wake)).toEqual(full);
  expect(woken).toEqual([second]);
});

test('a block that is gone is not woken, and clear() forgets the names', () => {
  const [first, second] = blocks(2);
  const shortForms = createShortForms();
  const woken: Block[] = [];
  shortForms.keep(second, [mention('waly', true)], (b) => woken.push(b));
  second.remove();
  shortForms.keep(first, [mention('waly')], (b) => woken.push(b));
  expect(woken).toEqual([]);
  shortForms.clear();
  expect(shortForms.keep(first, [mention('waly', true)], () => {})).toEqual([]);
});
