import { afterAll, beforeAll, expect, test } from 'vitest';
import { hoverForCard, launchFirefox, waitForMentionPoint } from './helpers/firefox';
import { type FixtureServer, serveFixtures } from './helpers/server';

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(() => server.close());

test('Firefox: the add-on installs and its content script gets matcher data from the background', async () => {
  const firefox = await launchFirefox();
  try {
    const page = await firefox.browser.newPage();
    await page.goto(server.url('article-en.html'));
    // A painted mention proves the whole path: content script -> background -> IndexedDB -> back.
    const at = await waitForMentionPoint(page, 'Ghada Waly');
    expect(at.bottom).toBeGreaterThan(at.y);
  } finally {
    await firefox.close();
  }
});

test('Firefox: hovering a mention opens its card', async () => {
  const firefox = await launchFirefox();
  try {
    const page = await firefox.browser.newPage();
    await page.goto(server.url('article-en.html'));
    await hoverForCard(page, await waitForMentionPoint(page, 'Ghada Waly'));
  } finally {
    await firefox.close();
  }
});
