import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchFirefox } from './helpers/firefox';
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
    // Painted mentions prove the whole path: content script -> background -> IndexedDB -> back.
    await page.waitForFunction(() => (CSS.highlights.get('factcard-mention')?.size ?? 0) > 0, {
      timeout: 20_000,
    });
    const texts = await page.evaluate(() =>
      [...(CSS.highlights.get('factcard-mention') as unknown as Set<AbstractRange>)].map((r) => {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        return live.toString();
      }),
    );
    expect(texts).toContain('Ghada Waly');
  } finally {
    await firefox.close();
  }
});

test('Firefox: hovering a mention opens its card', async () => {
  const firefox = await launchFirefox();
  try {
    const page = await firefox.browser.newPage();
    await page.goto(server.url('article-en.html'));
    await page.waitForFunction(() => (CSS.highlights.get('factcard-mention')?.size ?? 0) > 0, {
      timeout: 20_000,
    });
    const point = await page.evaluate(() => {
      for (const r of CSS.highlights.get('factcard-mention') as unknown as Set<AbstractRange>) {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        if (live.toString() !== 'Ghada Waly') continue;
        const rect = live.getClientRects()[0];
        return {
          x: rect.left + rect.width / 2,
          y: rect.top + rect.height / 2,
          bottom: rect.bottom,
        };
      }
      return null;
    });
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    // The card opens below the mention: the point just under it now belongs to the card host.
    await page.waitForFunction(
      (x, y) => document.elementFromPoint(x, y)?.nodeName.toLowerCase() === 'factcard-host',
      { timeout: 5000 },
      point!.x,
      point!.bottom + 30,
    );
  } finally {
    await firefox.close();
  }
});
