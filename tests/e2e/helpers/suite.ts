import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type ChromiumSession, launchChromium } from './chromium';
import { waitForImport } from './extension';
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
