import { browser } from 'wxt/browser';
import type { PackedPrefilter, PageMatcher } from '@/lib/messages';
import { PAGE_MARKS_KEY } from '@/lib/page/marks';
import { parseSettings, type Settings } from '@/lib/settings';
import { SETTINGS_KEY } from './settings';

/**
 * The storage.local key under which the background keeps the prefilter of the enabled packs
 * (written before it announces a change of packs, and at start-up): a page reads it with its
 * settings, so a page with nothing to find costs one storage read and never wakes the service
 * worker, which may have to reopen the database and compile the packs first.
 */
export const PREFILTER_KEY = 'prefilter';

/** Where the background keeps what pages need to check keys and match on their own, if any. */
export const PAGE_MATCHER_KEY = 'page-matcher';

/** Stores what pages read of the current packs (the background's `storeForPages`). */
export async function storeForPages(
  prefilter: PackedPrefilter,
  matcher: PageMatcher | null,
): Promise<void> {
  if (!matcher) await browser.storage.local.remove(PAGE_MATCHER_KEY);
  await browser.storage.local.set({
    [PREFILTER_KEY]: prefilter,
    ...(matcher ? { [PAGE_MATCHER_KEY]: matcher } : {}),
  });
}

/** What is stored under `key` (not checked yet: see lib/page/page-keys.ts). */
export async function readStored(key: string): Promise<unknown> {
  return (await browser.storage.local.get(key))[key];
}

/**
 * The settings, the stored prefilter (not checked yet: see lib/page/page-keys.ts) and whether the page may
 * leave performance marks (lib/page/marks.ts), in one read.
 */
export interface PageStart {
  settings: Settings;
  prefilter: unknown;
  marks: boolean;
}

export async function loadPageStart(): Promise<PageStart> {
  const stored = await browser.storage.local.get([SETTINGS_KEY, PREFILTER_KEY, PAGE_MARKS_KEY]);
  return {
    settings: parseSettings(stored[SETTINGS_KEY]),
    prefilter: stored[PREFILTER_KEY],
    marks: stored[PAGE_MARKS_KEY] === true,
  };
}
