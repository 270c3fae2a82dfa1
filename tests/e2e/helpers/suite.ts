import type { Page } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { type ChromiumSession, launchChromium } from './chromium';
import { waitForImport } from './extension';
import { launchFirefox } from './firefox';
import { type FixtureServer, serveFixtures } from './server';

export interface ChromiumSuite {
  server: FixtureServer;
  session: ChromiumSession;
  /** An extension page (the popup) kept open to reach the extension's APIs from a test. */
  control: Page;
}

/**
 * One Chromium with the built extension and one fixture server for the tests of a file, opened
 * before them once the dataset is imported, and closed after them. The fields are set in
 * beforeAll, so read them inside tests and hooks.
 */
export function useChromiumSuite(): ChromiumSuite {
  const suite = {} as ChromiumSuite;
  beforeAll(async () => {
    suite.server = await serveFixtures();
    suite.session = await launchChromium();
    suite.control = await suite.session.openExtensionPage('popup.html');
    await waitForImport(suite.control);
  });
  afterAll(async () => {
    await suite.session?.close();
    await suite.server?.close();
  });
  return suite;
}

export interface FirefoxSuite {
  server: FixtureServer;
  firefox: Awaited<ReturnType<typeof launchFirefox>>;
  /** Opens a fixture page in a new tab and waits until the extension has painted it. */
  openPainted(path: string): Promise<FirefoxPage>;
}

/** The Firefox counterpart of useChromiumSuite: one Firefox and one fixture server a file. */
export function useFirefoxSuite(): FirefoxSuite {
  const suite = {
    async openPainted(path: string) {
      const page = await suite.firefox.browser.newPage();
      await page.goto(suite.server.url(path));
      await page.waitForFunction(
        () => performance.getEntriesByName('factcard-painted').length > 0,
        { timeout: 20_000 },
      );
      return page;
    },
  } as FirefoxSuite;
  beforeAll(async () => {
    suite.server = await serveFixtures();
    suite.firefox = await launchFirefox();
  });
  afterAll(async () => {
    await suite.firefox?.close();
    await suite.server?.close();
  });
  return suite;
}
