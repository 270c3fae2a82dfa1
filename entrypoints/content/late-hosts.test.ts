// @vitest-environment happy-dom
import { expect, test } from 'vitest';
import type { PageContext } from './context';
import { watchLateHosts } from './late-hosts';

const ctx = { isInvalid: false, onInvalidated: () => () => {} } as unknown as PageContext;

test('a custom element that gets its shadow root later is reported once, however often met', () => {
  const reported: ShadowRoot[] = [];
  const hosts = watchLateHosts(ctx, (root) => reported.push(root));
  document.body.innerHTML = '<live-ticker>12:00</live-ticker><p>plain</p>';
  const ticker = document.querySelector('live-ticker') as Element;
  // The scanner meets the block again on every rescan of its changing text.
  for (let i = 0; i < 50; i++) hosts.consider(ticker);
  hosts.consider(document.querySelector('p') as Element);
  expect(hosts.check()).toBe(false);
  const root = ticker.attachShadow({ mode: 'open' });
  expect(hosts.check()).toBe(true);
  expect(reported).toEqual([root]);
  expect(hosts.check()).toBe(false);
  hosts.stop();
});
