import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

export interface TargetTab {
  id: number;
  /** Known when `activeTab` was granted by the toolbar click; hidden otherwise (no `tabs`). */
  url?: string;
}

/**
 * The tab the popup speaks about: the active tab of its window, or the tab named by `?tab=<id>`.
 * The parameter exists for the popup opened as a page of its own (by tests and screenshots),
 * where the active tab would be the popup itself.
 */
export async function findTargetTab(search: string): Promise<TargetTab | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null) {
    const id = Number(param);
    if (!Number.isSafeInteger(id)) return null;
    const tab = await browser.tabs.get(id).catch(() => undefined);
    return tab ? { id, url: tab.url } : null;
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

/** undefined while looking, null when there is no tab to speak about. */
export function useTargetTab(): TargetTab | null | undefined {
  const [tab, setTab] = useState<TargetTab | null | undefined>(undefined);
  useEffect(() => {
    findTargetTab(location.search).then(setTab, () => setTab(null));
  }, []);
  return tab;
}
