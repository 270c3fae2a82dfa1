// The store listing's images, at the sizes both stores take: 1280x800 screenshots of a card on a
// news page, the popup over that page and the options page's packs, and the 440x280 promotional
// tile. Run after a build: `npm run store-screenshots` (writes docs/store/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { mentionPoint, waitForDialog } from '../tests/e2e/helpers/card';
import { launchChromium } from '../tests/e2e/helpers/chromium';
import { waitForImport } from '../tests/e2e/helpers/extension';
import { waitForHighlights } from '../tests/e2e/helpers/highlights';
import { buildExamplePack, importThroughOptions } from '../tests/e2e/helpers/packs';
import { serveFixtures } from '../tests/e2e/helpers/server';
import { demoPages } from './demo-pages';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'docs', 'store');
const SCREEN = { width: 1280, height: 800 };
// The French translation of the vietnamplus article about the signing ceremony.
const ARTICLE = '002_6ba6103c8974e72c.html';

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;

/** Renders `html` at `size` and saves it: the composed images are drawn by Chromium too. */
async function renderHtml(page: Page, html: string, size: typeof SCREEN, path: string) {
  await page.setViewportSize(size);
  await page.setContent(`<!doctype html><meta charset="utf-8">${html}`);
  await page.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
  await page.screenshot({ path });
  console.log(path);
}

const server = await serveFixtures(join(root, 'seeds'));
for (const [path, html] of demoPages(root)) server.add(path, html);
const session = await launchChromium({ colorScheme: 'light' });
try {
  const control = await session.openExtensionPage('popup.html');
  await waitForImport(control);

  // 1. A card opened by hovering a name on a news page.
  const [article, tabId] = await Promise.all([
    session.context.waitForEvent('page'),
    control.evaluate((url) => {
      type Tabs = { create(p: { url: string }): Promise<{ id: number }> };
      const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
      return tabs.create({ url }).then((tab) => tab.id);
    }, server.url(ARTICLE)),
  ]);
  await article.setViewportSize(SCREEN);
  await waitForHighlights(article, 5);
  const pageShot = await article.screenshot();
  const { x, y } = await mentionPoint(article, 'secrétaire général To Lam');
  await article.mouse.move(x, y);
  await waitForDialog(article);
  await article.waitForTimeout(300);
  await article.screenshot({ path: join(outDir, 'screenshots', 'card.png') });
  console.log(join(outDir, 'screenshots', 'card.png'));

  // 2. The popup, drawn over the page it speaks about where the toolbar would open it.
  const popup = await session.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.setViewportSize({ width: 360, height: 640 });
  await popup.locator('.mentions .mention').first().waitFor();
  await popup.locator('a.headline').nth(3).waitFor();
  const popupShot = await popup.screenshot();
  const canvas = await session.context.newPage();
  await renderHtml(
    canvas,
    `<style>body{margin:0;width:1280px;height:800px;background:url(${dataUrl(pageShot)})}
      img{position:absolute;top:12px;right:24px;border:1px solid #c7cbd1;border-radius:8px;
      box-shadow:0 8px 28px rgba(0,0,0,.28)}</style><img src="${dataUrl(popupShot)}" alt="">`,
    SCREEN,
    join(outDir, 'screenshots', 'popup.png'),
  );

  // 3. The options page's packs: the bundled pack and an imported one.
  const options = await session.openExtensionPage('options.html');
  await options.setViewportSize(SCREEN);
  await importThroughOptions(options, buildExamplePack().path);
  await options.locator('[data-pack="eldmoor-library"]').waitFor();
  await options.locator('#packs-heading').evaluate((h) => {
    h.scrollIntoView({ block: 'start' });
    scrollBy(0, -24);
  });
  await options.screenshot({ path: join(outDir, 'screenshots', 'packs.png') });
  console.log(join(outDir, 'screenshots', 'packs.png'));

  // 4. The small promotional tile: the icon, the name and what the extension promises.
  const icon = readFileSync(join(root, 'public', 'icons', '128.png'));
  await renderHtml(
    canvas,
    `<style>body{margin:0;width:440px;height:280px;display:flex;align-items:center;gap:22px;
      padding:0 30px;box-sizing:border-box;background:#f4f6fb;font-family:system-ui,sans-serif;
      color:#10203f}h1{font-size:30px;line-height:1.1;margin:0 0 10px}p{margin:0;font-size:15px;
      line-height:1.4;color:#36415a}</style>
      <img src="${dataUrl(icon)}" width="112" height="112" alt="">
      <div><h1>Fact cards for news</h1><p>Facts with their sources for the names in the news.
      Nothing leaves your browser.</p></div>`,
    { width: 440, height: 280 },
    join(outDir, 'tile-440x280.png'),
  );
} finally {
  await session.close();
  await server.close();
}
