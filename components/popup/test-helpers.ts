import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '@/public/_locales/en/messages.json';

type Messages = Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

/** Formats a message as the browser does: named placeholders first, then $1, $2... */
export function formatMessage(key: string, substitutions?: string | string[]): string {
  const entry = (en as Messages)[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : [substitutions].flat();
  const fill = (text: string) =>
    text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z_]+)\$/g, (_, name: string) =>
    fill(entry.placeholders?.[name.toLowerCase()]?.content ?? ''),
  );
}

/**
 * Gives the components English strings and an English UI, and a fresh container for each test.
 * The fake browser leaves i18n unimplemented; the strings come from the real en/messages.json,
 * so a missing key shows up as an empty text in the assertions.
 */
export function useComponentTest(): { root: () => HTMLElement } {
  let container: HTMLElement;
  beforeEach(() => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(formatMessage as never);
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en');
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    render(null, container);
    container.remove();
    vi.restoreAllMocks();
  });
  return { root: () => container };
}

/** Renders synchronously, effects included. */
export function show(vnode: ComponentChild, container: HTMLElement): void {
  act(() => render(vnode, container));
}

/** Runs an interaction and lets Preact apply the updates it causes. */
export function interact(action: () => void): void {
  act(action);
}
