import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { forwardCommand } from '@/lib/background/commands';
import { formUrl, menuItems } from '@/lib/background/context-menu';
import { route } from '@/lib/background/route';
import { createService } from '@/lib/background/service';
import { openFactcardDB } from '@/lib/store/db';
import type { BundledDataset } from '@/lib/store/import';
import { announcePacks } from '@/utils/packs-signal';
import { storeForPages } from '@/utils/page-start';

// The dataset ships inside the extension; reading it is a file read, not a network request.
async function bundled<T>(path: string): Promise<T> {
  // The dataset files are written by the build, after WXT generated its list of public paths.
  const url = (browser.runtime.getURL as (path: string) => string)(path);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${path} is missing from the build`);
  return (await response.json()) as T;
}

export default defineBackground(() => {
  const service = createService({
    open: () => openFactcardDB(),
    bundledVersion: async () =>
      (await bundled<{ version: string }>('/dataset-version.json')).version,
    loadBundled: () => bundled<BundledDataset>('/dataset.json'),
    loadStrings: async (lang) => {
      const messages = await bundled<Record<string, { message: string }>>(
        `/_locales/${lang}/messages.json`,
      );
      return Object.fromEntries(
        Object.entries(messages).map(([key, { message }]) => [key, message]),
      );
    },
    openPage: async (path) => {
      await browser.tabs.create({ url: (browser.runtime.getURL as (p: string) => string)(path) });
    },
    onPacksChanged: announcePacks,
    storeForPages,
    extensionVersion: browser.runtime.getManifest().version,
  });
  // A cold worker takes a hundred milliseconds and more to compile the matcher: done at install
  // and at startup, it is ready before the first page asks for it, and the prefilter pages read
  // is stored for the packs as they are now (an update may have brought another dataset).
  const warmUp = () => void service.publishForPages().catch((error) => console.error(error));
  browser.runtime.onInstalled.addListener(warmUp);
  browser.runtime.onStartup.addListener(warmUp);
  // The story builder's items on a selection, made again at each start: Firefox keeps an event
  // page's menus only while it runs, and making them twice would fail on duplicate ids.
  const makeMenus = async () => {
    await browser.contextMenus.removeAll();
    for (const item of menuItems((key) => browser.i18n.getMessage(key as 'builder_makeCard')))
      browser.contextMenus.create(item);
  };
  browser.runtime.onInstalled.addListener(() => void makeMenus());
  browser.runtime.onStartup.addListener(() => void makeMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const url = formUrl(info.menuItemId, tab?.id, browser.runtime.getURL('/popup.html'));
    if (url) void browser.windows.create({ url, type: 'popup', width: 400, height: 600 });
  });
  browser.commands.onCommand.addListener((command, tab) => {
    void forwardCommand(command, tab?.id, (tabId, message) =>
      browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
    );
  });
  browser.runtime.onMessage.addListener((message, sender) =>
    route(message, sender.id, browser.runtime.id, service.handlers),
  );
});
