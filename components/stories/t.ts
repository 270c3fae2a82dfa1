import { browser } from 'wxt/browser';

/** A key of public/_locales/en/messages.json (the last overload of getMessage lists them all). */
type Key = Parameters<typeof browser.i18n.getMessage>[0];

/** A UI string, looked up when it is shown (tests give the browser their strings first). */
export const t = (key: Key, substitutions?: string | string[]): string =>
  browser.i18n.getMessage(key, substitutions);
