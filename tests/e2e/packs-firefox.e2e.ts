import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  hoverForCard,
  launchFirefox,
  waitForExtensionSelector,
  waitForMentionPoint,
} from './helpers/firefox';
import { buildExamplePack } from './helpers/packs';
import { type FixtureServer, serveFixtures } from './helpers/server';

// Pinned so the test knows the options page's address.
const UUID = '5f0c1f0e-7a0b-4c55-9d55-2f4f6a1e0c11';

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(() => server.close());

test('Firefox: the example pack imports through the options page and its entities get cards', async () => {
  const example = buildExamplePack();
  const firefox = await launchFirefox({ uuid: UUID });
  try {
    const options = await firefox.browser.newPage();
    // Firefox does not report the load of a moz-extension page over BiDi: poll for the input.
    void options.goto(`moz-extension://${UUID}/options.html`).catch(() => undefined);
    const input = (await waitForExtensionSelector(
      options,
      '#pack-file',
    )) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(example.path);
    await options.waitForFunction(
      () => /Imported/.test(document.querySelector('.drop [role="status"]')?.textContent ?? ''),
      { timeout: 30_000 },
    );
    const page = await firefox.browser.newPage();
    await page.goto(server.url('packs-en.html'));
    await hoverForCard(page, await waitForMentionPoint(page, 'Harbour Library'));
    expect(await page.evaluate(() => document.querySelectorAll('factcard-host').length)).toBe(1);
  } finally {
    await firefox.close();
  }
});
