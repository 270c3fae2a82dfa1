import { browser } from 'wxt/browser';

/** A UI string by a key built at run time ("card_type_" + type), with its substitutions. */
export function t(key: string, substitutions?: string | string[]): string {
  return (browser.i18n.getMessage as (key: string, subs?: string | string[]) => string)(
    key,
    substitutions,
  );
}
