import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  isPageMentions,
  type PageRequest,
  type PageRequestType,
  type PageResponseOf,
} from '@/lib/page-messages';
import { isResult } from '@/lib/result';
import type { PageState } from './page-state';
import type { TargetTab } from './use-target-tab';

/** Sends a request to the content script of the tab's top frame and unwraps its result. */
export async function askPage<T extends PageRequestType>(
  tabId: number,
  request: PageRequest<T>,
): Promise<PageResponseOf<T>> {
  const result: unknown = await browser.tabs.sendMessage(tabId, request, { frameId: 0 });
  if (!isResult(result)) throw new Error(`No valid answer to "${request.type}"`);
  if (!result.ok) throw new Error(result.error);
  return result.value as PageResponseOf<T>;
}

/**
 * The entities on the target tab's page. It is asked again whenever `refresh` changes (the popup
 * passes the settings that alter the answer), keeping the last answer on screen meanwhile.
 */
export function usePage(tab: TargetTab | null | undefined, refresh: string) {
  const [page, setPage] = useState<PageState>({ kind: 'loading' });
  useEffect(() => {
    if (tab === undefined) return;
    if (tab === null) {
      setPage({ kind: 'unavailable', reloadable: false });
      return;
    }
    let current = true;
    askPage(tab.id, { type: 'page-mentions' })
      .then((value) => {
        if (!isPageMentions(value)) throw new Error('Malformed page-mentions answer');
        if (current) setPage({ kind: 'ready', ...value });
      })
      .catch(() => {
        // Browser pages, the web stores and pages opened before an update have no script to ask.
        if (current) setPage({ kind: 'unavailable', reloadable: /^https?:/.test(tab.url ?? '') });
      });
    return () => {
      current = false;
    };
  }, [tab, refresh]);

  const reveal = useCallback(
    (entityId: string) => {
      if (tab) askPage(tab.id, { type: 'reveal', entityId }).catch(() => undefined);
    },
    [tab],
  );
  return { page, reveal };
}
