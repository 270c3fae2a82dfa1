// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import type { PageContext } from '../context';
import { findShadowRoots } from './shadow-roots';

const ctx = { isInvalid: false, onInvalidated: () => () => {} } as unknown as PageContext;

test('a custom element that gets its shadow root later is reported once, however often met', () => {
  const reported: ShadowRoot[] = [];
  const roots = findShadowRoots(ctx, (root) => reported.push(root));
  document.body.innerHTML = '<live-ticker>12:00</live-ticker><p>plain</p>';
  const ticker = document.querySelector('live-ticker') as Element;
  // The scanner meets the block again on every rescan of its changing text.
  for (let i = 0; i < 50; i++) roots.element(ticker);
  roots.element(document.querySelector('p') as Element);
  expect(roots.check()).toBe(false);
  const root = ticker.attachShadow({ mode: 'open' });
  expect(roots.check()).toBe(true);
  expect(reported).toEqual([root]);
  expect(roots.check()).toBe(false);
  roots.stop();
});

test('a walk reports each open root of a subtree once, and again only after stop()', () => {
  const reported: ShadowRoot[] = [];
  const roots = findShadowRoots(ctx, (root) => reported.push(root));
  document.body.innerHTML = '<section><news-card></news-card><p>text</p></section>';
  const card = document.querySelector('news-card') as Element;
  const shadow = card.attachShadow({ mode: 'open' });
  roots.tree(document.body);
  roots.tree(document.body);
  roots.element(card);
  expect(reported).toEqual([shadow]);
  roots.stop();
  roots.tree(card);
  expect(reported).toEqual([shadow, shadow]);
});
