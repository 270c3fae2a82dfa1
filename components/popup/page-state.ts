import type { PageEntity } from '@/lib/page-messages';

/** What the popup knows about the tab it was opened over. */
export type PageState =
  | { kind: 'loading' }
  /**
   * No content script answered. `reloadable` is true for an ordinary web page that was open
   * before the extension was installed or updated: reloading it brings the script in.
   */
  | { kind: 'unavailable'; reloadable: boolean }
  | { kind: 'ready'; hostname: string; entities: PageEntity[] };
