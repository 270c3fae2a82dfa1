import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { forwardCommand } from '@/lib/background/commands';
import { route } from '@/lib/background/route';
import { createService } from '@/lib/background/service';
import type { Dataset } from '@/lib/dataset/types';
import { openFactcardDB } from '@/lib/store/db';

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
    loadBundled: () => bundled<Dataset>('/dataset.json'),
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
  });
  // Pages ask for the prefilter, then the matcher, as they open: have both ready before.
  const warmUp = () =>
    void service
      .ready()
      .then(() => service.handlers.prefilter({ type: 'prefilter' }))
      .then(() => service.handlers['packed-matcher']({ type: 'packed-matcher' }))
      .catch((error) => console.error(error));
  browser.runtime.onInstalled.addListener(warmUp);
  browser.runtime.onStartup.addListener(warmUp);
  browser.commands.onCommand.addListener((command, tab) => {
    void forwardCommand(command, tab?.id, (tabId, message) =>
      browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
    );
  });
  browser.runtime.onMessage.addListener((message, sender) =>
    route(message, sender.id, browser.runtime.id, service.handlers),
  );
});
