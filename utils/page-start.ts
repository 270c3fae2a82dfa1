import { browser } from 'wxt/browser';
import type { PackedPrefilter } from '@/lib/messages';
import { parseSettings, type Settings } from '@/lib/settings';
import { SETTINGS_KEY } from './settings';

/**
 * The storage.local key under which the background keeps the prefilter of the enabled packs
 * (written before it announces a change of packs, and at start-up): a page reads it with its
 * settings, so a page with nothing to find costs one storage read and never wakes the service
 * worker, which may have to reopen the database and compile the packs first.
 */
export const PREFILTER_KEY = 'prefilter';

export async function storePrefilter(prefilter: PackedPrefilter): Promise<void> {
  await browser.storage.local.set({ [PREFILTER_KEY]: prefilter });
}

/** The settings and the stored prefilter (not checked yet: see page-keys.ts), in one read. */
export async function loadPageStart(): Promise<{ settings: Settings; prefilter: unknown }> {
  const stored = await browser.storage.local.get([SETTINGS_KEY, PREFILTER_KEY]);
  return { settings: parseSettings(stored[SETTINGS_KEY]), prefilter: stored[PREFILTER_KEY] };
}

/** The stored prefilter alone (after a change of packs). */
export async function loadStoredPrefilter(): Promise<unknown> {
  return (await browser.storage.local.get(PREFILTER_KEY))[PREFILTER_KEY];
}
