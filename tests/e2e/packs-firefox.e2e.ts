import { type ElementHandle, launch } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FIREFOX_BUILD, requireBuild } from './helpers/build';
import { FIREFOX } from './helpers/firefox';
import { buildExamplePack } from './helpers/packs';
import { type FixtureServer, serveFixtures } from './helpers/server';

const GECKO_ID = 'factcards@factcards.example';
// Pinned so the test knows the options page's address (moz-extension://<uuid>/options.html).
const UUID = '5f0c1f0e-7a0b-4c55-9d55-2f4f6a1e0c11';

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(() => server.close());

test('Firefox: the example pack imports through the options page and its entities get cards', async () => {
  const example = buildExamplePack();
  const browser = await launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.originControls.grantByDefault': true,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
    },
  });
  try {
    await browser.installExtension(requireBuild(FIREFOX_BUILD));
    const options = await browser.newPage();
    // Firefox does not report the load of a moz-extension page over BiDi: poll for the input.
    void options.goto(`moz-extension://${UUID}/options.html`).catch(() => undefined);
    const input = (await options.waitForSelector('#pack-file', {
      timeout: 20_000,
    })) as ElementHandle<HTMLInputElement> | null;
    await input?.uploadFile(example.path);
    await options.waitForFunction(
      () => /Imported/.test(document.querySelector('.drop [role="status"]')?.textContent ?? ''),
      { timeout: 30_000 },
    );
    const page = await browser.newPage();
    await page.goto(server.url('packs-en.html'));
    const point = await page.waitForFunction(
      () => {
        for (const r of (CSS.highlights.get('factcard-mention') ?? []) as Iterable<AbstractRange>) {
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          if (live.toString() !== 'Harbour Library') continue;
          const rect = live.getClientRects()[0];
          return {
            x: rect.left + rect.width / 2,
            y: rect.top + rect.height / 2,
            bottom: rect.bottom,
          };
        }
        return null;
      },
      { timeout: 20_000 },
    );
    const at = (await point.jsonValue()) as { x: number; y: number; bottom: number };
    await page.mouse.move(at.x, at.y);
    // The card opens below the mention: the point just under it now belongs to the card host.
    await page.waitForFunction(
      (x: number, y: number) =>
        document.elementFromPoint(x, y)?.nodeName.toLowerCase() === 'factcard-host',
      { timeout: 10_000 },
      at.x,
      at.bottom + 30,
    );
    expect(await page.evaluate(() => document.querySelectorAll('factcard-host').length)).toBe(1);
  } finally {
    await browser.close();
  }
});
