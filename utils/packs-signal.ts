import { browser } from 'wxt/browser';

/**
 * The storage.local key the background writes when the set of enabled packs changes. Every tab's
 * content script is told through storage.onChanged, which needs no `tabs` permission and reaches
 * frames the background could not list.
 */
export const PACKS_KEY = 'packs-version';

export async function announcePacks(version: string): Promise<void> {
  await browser.storage.local.set({ [PACKS_KEY]: version });
}

/** Calls `onChange` with the new matcher version after each change; returns the unsubscribe. */
export function onPacksChanged(onChange: (version: string) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const value = changes[PACKS_KEY]?.newValue;
    if (area === 'local' && typeof value === 'string') onChange(value);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
