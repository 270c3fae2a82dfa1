import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { PAGE_MARKS_KEY } from '../../../lib/page/marks';
import { CHROME_BUILD, requireBuild } from './build';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
  /** Opens an extension page (popup.html, options.html, ...) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Stops every service worker, as Chromium does to an idle one: in-memory state is lost. */
  stopServiceWorker(): Promise<void>;
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

interface StorageArea {
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse a profile from an earlier session (to test a second start). */
  userDataDir?: string;
  /** Send all traffic, loopback included, through this proxy (http://127.0.0.1:port). */
  proxy?: string;
  extensionDir?: string;
  colorScheme?: 'light' | 'dark';
  /** Defaults to true; `npm start` opens a window when there is a display. */
  headless?: boolean;
  /**
   * Whether pages leave the performance marks tests and benchmarks wait for (lib/page/marks.ts):
   * defaults to true; `npm start` runs the extension as a reader gets it, without them.
   */
  pageMarks?: boolean;
}

/** Debian's Chromium with the built extension loaded, headless, with a fresh or given profile. */
export async function launchChromium(options: LaunchOptions = {}): Promise<ChromiumSession> {
  const extensionDir = requireBuild(options.extensionDir ?? CHROME_BUILD);
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'factcards-chromium-')));
  const args = [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=OptimizationHints,MediaRouter,Translate',
  ];
  if (options.proxy) {
    // Chromium bypasses proxies for loopback unless told otherwise; the test wants to see it all.
    args.push(`--proxy-server=${options.proxy}`, '--proxy-bypass-list=<-loopback>');
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    args,
    ignoreDefaultArgs: ['--disable-extensions'],
    colorScheme: options.colorScheme,
    viewport: { width: 1200, height: 800 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const marks = options.pageMarks ?? true;
  await worker.evaluate(
    ([key, on]) => {
      // The benchmarks' baseline extensions have no storage.
      const local = (globalThis as unknown as { chrome: { storage?: { local: StorageArea } } })
        .chrome.storage?.local;
      return on ? local?.set({ [key]: true }) : local?.remove(key);
    },
    [PAGE_MARKS_KEY, marks] as const,
  );
  return {
    context,
    extensionId,
    worker,
    userDataDir,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
      return page;
    },
    async stopServiceWorker() {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      // Wait until Chromium reports the worker stopped: a message sent while it is still stopping
      // can be lost, which is not the cold start under test.
      const stopped = new Promise<void>((resolve) => {
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          const ours = versions.filter((v) => v.scriptURL.includes(extensionId));
          if (ours.length && ours.every((v) => v.runningStatus === 'stopped')) resolve();
        });
      });
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
      await cdp.detach();
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
