// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import type { MatcherParts } from '@/lib/match/matcher';
import { compileParts } from '@/lib/match/matcher';
import * as slices from '@/lib/page/slices';
import { ContentScriptContext } from '../context';
import { findShadowRoots } from '../dom/shadow-roots';
import type { DetectionKeys, PageServices } from '../handoff';
import { standInPageApis } from '../happy-dom-page';
import { startDetection } from './detection';
import { createPageMatcher } from './page-matcher';

const registry = standInPageApis();

const parts = (names: string[]): MatcherParts =>
  compileParts(names.map((text) => ({ text, lang: 'en', entityId: text })));
// Every key known: the gate lets every text through.
const keys: DetectionKeys = {
  complete: () => true,
  covers: () => true,
  flush: async () => null,
  matchers: () => 1,
  onMatcher: () => () => {},
};

function start(names: string[]) {
  const ctx = new ContentScriptContext('content');
  const services: PageServices = {
    ask: () => Promise.reject(new Error('no background here')),
    loadChunk: () => Promise.reject(new Error('no chunks here')),
    domReady: async () => {},
    whileParsing: () => () => {},
    shadowRoots: (onRoot) => findShadowRoots(ctx, onRoot),
    slices,
  };
  const matcher = createPageMatcher(keys, parts(names));
  if (!matcher) throw new Error('no matcher');
  const detection = startDetection(ctx, matcher, {
    style: 'underline',
    paused: false,
    marks: false,
    services,
  });
  return { detection, matcher };
}

const painted = () => registry.get('factcard-mention')?.size ?? 0;
const named = (detection: { mentions(): readonly { entityId: string }[] }) =>
  detection.mentions().map((m) => m.entityId);

afterEach(() => {
  document.body.innerHTML = '';
  registry.clear();
});

test('a parsed page is scanned and painted, paused to nothing, and resumed to the same', async () => {
  document.body.innerHTML = '<p>Ghada Waly spoke.</p><div><p>Then To Lam.</p></div>';
  const { detection } = start(['Ghada Waly', 'To Lam']);
  await detection.ready;
  expect(named(detection)).toEqual(['Ghada Waly', 'To Lam']);
  expect(painted()).toBe(2);
  detection.pause();
  expect(named(detection)).toEqual([]);
  expect(painted()).toBe(0);
  // Paused, the page's changes are not read.
  document.body.insertAdjacentHTML('beforeend', '<p>Ghada Waly again.</p>');
  detection.resume();
  await detection.ready;
  expect(named(detection)).toEqual(['Ghada Waly', 'To Lam', 'Ghada Waly']);
});

test('other packs replace the matcher and the page is scanned again with it', async () => {
  document.body.innerHTML = '<p>Ghada Waly met To Lam.</p>';
  const { detection, matcher } = start(['Ghada Waly']);
  await detection.ready;
  expect(named(detection)).toEqual(['Ghada Waly']);
  matcher.replace(keys, parts(['To Lam']));
  await detection.ready;
  expect(named(detection)).toEqual(['To Lam']);
  // Packs with nothing the page holds: nothing is left.
  matcher.replace(keys, undefined);
  await detection.ready;
  expect(named(detection)).toEqual([]);
});

test('paused at the start, nothing is read until resume', async () => {
  document.body.innerHTML = '<p>Ghada Waly spoke.</p>';
  const ctx = new ContentScriptContext('content');
  const matcher = createPageMatcher(keys, parts(['Ghada Waly']));
  if (!matcher) throw new Error('no matcher');
  const detection = startDetection(ctx, matcher, {
    style: 'underline',
    paused: true,
    marks: false,
    services: { shadowRoots: (onRoot) => findShadowRoots(ctx, onRoot), slices } as PageServices,
  });
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(named(detection)).toEqual([]);
  detection.resume();
  await detection.ready;
  expect(named(detection)).toEqual(['Ghada Waly']);
});
