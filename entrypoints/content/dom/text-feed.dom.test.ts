// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { buildPrefilter } from '@/lib/match/prefilter';
import type { KeyCheck, PackedMatcherData } from '@/lib/messages';
import { createPageKeys } from '@/lib/page/page-keys';
import type { PageContext } from '../context';
import { feedText, readDocument } from './text-feed';

const prefilter = buildPrefilter([
  { text: 'Ghada Waly', lang: 'en', entityId: 'waly' },
  { text: 'Hanoi Convention', lang: 'en', entityId: 'hanoi' },
]);
const ctx = {
  isInvalid: false,
  isValid: true,
  onInvalidated: () => () => {},
  setTimeout: (handler: () => void, ms: number) => setTimeout(handler, ms),
  requestAnimationFrame: (callback: FrameRequestCallback) => setTimeout(() => callback(0), 16),
  addEventListener: (target: EventTarget, type: string, handler: () => void) =>
    target.addEventListener(type, handler),
} as unknown as PageContext;

/** The page's keys over the real prefilter; the check answers with a matcher naming the keys. */
function pageKeys() {
  const keys = createPageKeys(prefilter, {
    async check(hashes): Promise<KeyCheck | null> {
      const asked = new Uint32Array(Buffer.from(hashes, 'base64').buffer.slice(0));
      const real = [...asked].filter((hash) => prefilter.exact.has(hash));
      if (real.length === 0) return null;
      const matcher = { version: real.join(',') } as unknown as PackedMatcherData;
      const base64 = Buffer.from(Uint32Array.from(real).buffer).toString('base64');
      return { keys: base64, matcher, complete: false };
    },
  });
  return { keys };
}

afterEach(() => {
  document.body.innerHTML = '';
});

test('a parsed page naming a key resolves with the matcher its answer brought', async () => {
  document.body.innerHTML = '<p>Weather.</p><section><p>Ghada <b>Waly</b> spoke.</p></section>';
  const { keys } = pageKeys();
  let quiet = false;
  const stop = new AbortController();
  const found = await feedText(ctx, keys, { onQuiet: () => (quiet = true), stop: stop.signal });
  expect(found).toBeDefined();
  expect(quiet).toBe(false);
});

test('a page with nothing to find is quiet, and text it adds later is read', async () => {
  document.body.innerHTML = '<p>The weather stayed mild over the weekend.</p>';
  const { keys } = pageKeys();
  const stop = new AbortController();
  let quiet = false;
  const found = feedText(ctx, keys, { onQuiet: () => (quiet = true), stop: stop.signal });
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(quiet).toBe(true);
  const added = document.createElement('p');
  added.textContent = 'Later: the Hanoi Convention was signed.';
  document.body.append(added);
  expect(await found).toBeDefined();
});

test('an aborted search resolves with nothing', async () => {
  document.body.innerHTML = '<p>The weather stayed mild.</p>';
  const { keys } = pageKeys();
  const stop = new AbortController();
  const found = feedText(ctx, keys, { onQuiet: () => {}, stop: stop.signal });
  stop.abort();
  expect(await found).toBeUndefined();
});

test('readDocument reads open shadow roots too', async () => {
  document.body.innerHTML = '<p>Nothing here.</p><news-box></news-box>';
  const shadow = (document.querySelector('news-box') as Element).attachShadow({ mode: 'open' });
  shadow.innerHTML = '<p>Ghada Waly in a shadow root.</p>';
  const { keys } = pageKeys();
  readDocument(ctx, keys);
  expect(await keys.flush()).toBeDefined();
  expect(keys.matchers()).toBe(1);
});
