import { browser } from 'wxt/browser';

/**
 * Loads one of the extension's own scripts into this content script's world and returns what it
 * left there under `name`. The scripts are built as unlisted scripts (entrypoints/detector.ts,
 * entrypoints/cards.ts) and listed as web-accessible, so that a module import from a content
 * script may fetch them; they run in the isolated world of the script that imports them, in
 * Chromium and in Firefox, where the page cannot see what they leave.
 */
export async function loadChunk<T>(path: string, name: string): Promise<T> {
  const url = (browser.runtime.getURL as (path: string) => string)(path);
  await import(/* @vite-ignore */ url);
  const value = (globalThis as Record<string, unknown>)[name];
  if (value === undefined) throw new Error(`${path} left no ${name}`);
  return value as T;
}
