import type { Page } from 'playwright-core';

/** The extension API as an extension page sees it, typed just enough for the tests. */
export interface ChromeApi {
  runtime: { sendMessage(message: unknown): Promise<unknown>; reload(): void };
  tabs: {
    query(query: { url?: string; active?: boolean }): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  storage: {
    local: {
      get(keys: string | string[]): Promise<Record<string, unknown>>;
      set(items: unknown): Promise<void>;
      remove(key: string): Promise<void>;
    };
  };
}

/** Sends a runtime message from an extension page, as the popup would, and returns the raw answer. */
export function sendFromPage(page: Page, message: unknown): Promise<unknown> {
  return page.evaluate(
    (m) => (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.sendMessage(m),
    message,
  );
}

export interface StoredCounts {
  active: { version: string; importedAt: number; counts: Record<string, number> } | null;
  entities: number;
  sources: number;
  seeds: number;
}

/**
 * Reads the extension's own IndexedDB from one of its pages (same origin as the service worker).
 * Evaluating in the worker itself can hang while Chromium stops or restarts it.
 */
export function readDatabase(page: Page): Promise<StoredCounts> {
  return page.evaluate(
    () =>
      new Promise<StoredCounts>((resolve, reject) => {
        const open = indexedDB.open('factcards');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['meta', 'entities', 'sources', 'seeds']);
          const out: Record<string, unknown> = {};
          const active = tx.objectStore('meta').get('active');
          active.onsuccess = () => {
            out.active = active.result ?? null;
          };
          for (const name of ['entities', 'sources', 'seeds']) {
            const count = tx.objectStore(name).count();
            count.onsuccess = () => {
              out[name] = count.result;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out as unknown as StoredCounts);
          };
        };
      }),
  );
}

/** Polls the database until the dataset is active (the import runs right after install). */
export async function waitForImport(page: Page, timeout = 15_000): Promise<StoredCounts> {
  const end = Date.now() + timeout;
  for (;;) {
    const stored = await readDatabase(page).catch(() => null);
    if (stored?.active) return stored;
    if (Date.now() > end) throw new Error('The dataset was not imported in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}
