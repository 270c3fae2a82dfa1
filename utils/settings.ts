import { browser } from 'wxt/browser';
import { parseSettings, type Settings } from '@/lib/settings';

/** The one storage.local key all settings live under, so a change is one onChanged event. */
export const SETTINGS_KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

/**
 * Merges a change into the stored settings. A function patch is computed from the settings as
 * stored right now, so that two pages editing different fields do not undo each other.
 */
export async function saveSettings(
  patch: Partial<Settings> | ((current: Settings) => Partial<Settings>),
): Promise<Settings> {
  const current = await loadSettings();
  const next = parseSettings({
    ...current,
    ...(typeof patch === 'function' ? patch(current) : patch),
  });
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** Calls `onChange` with the new settings whenever any context saves them; returns the unsubscribe. */
export function onSettingsChanged(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && Object.hasOwn(changes, SETTINGS_KEY)) {
      onChange(parseSettings(changes[SETTINGS_KEY].newValue));
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
