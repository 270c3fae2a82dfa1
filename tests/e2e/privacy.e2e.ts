import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ROOT } from './helpers/build';
import { mentionPoint, waitForDialog } from './helpers/card';
import { launchChromium } from './helpers/chromium';
import { waitForImport } from './helpers/extension';
import { waitForHighlights } from './helpers/highlights';
import { startRecordingProxy } from './helpers/proxy';
import { type FixtureServer, serveFixtures } from './helpers/server';

// Hosts the browser itself may contact (updates, safe browsing, accounts), not the extension.
const BROWSER_OWN =
  /(^|\.)(google\.com|googleapis\.com|gvt1\.com|gstatic\.com|googleusercontent\.com)(:\d+)?$/;

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(() => server.close());

test('nothing the extension does sends a request off the machine', async () => {
  const proxy = await startRecordingProxy();
  const session = await launchChromium({ proxy: proxy.url });
  try {
    await waitForImport(await session.openExtensionPage('popup.html'));
    const page = await session.context.newPage();
    await page.goto(server.url('article-en.html'));
    await waitForHighlights(page);
    await page.waitForTimeout(500);
    const hosts = proxy.hosts.filter((host) => !BROWSER_OWN.test(host));
    // The proxy did see the page load, so the check is live...
    expect(hosts).toContain(new URL(server.origin).host);
    // ...and it saw nothing but the local server.
    expect(hosts.filter((host) => !host.startsWith('127.0.0.1:'))).toEqual([]);
  } finally {
    await session.close();
    await proxy.close();
  }
});

test('a page hears nothing from the extension: no message, no performance mark, with or without mentions', async () => {
  // The page listens to its window's messages before anything else runs.
  const listen = `<script>window.__heard = [];
addEventListener('message', (e) => __heard.push(JSON.stringify(e.data)));</script>`;
  const article = readFileSync(join(ROOT, 'tests/e2e/fixtures/article-en.html'), 'utf8');
  server.add('listening.html', article.replace('<head>', `<head>${listen}`));
  server.add(
    'listening-quiet.html',
    `<!doctype html><html><head>${listen}</head><body><p>The weather stayed mild.</p></body></html>`,
  );
  // As a reader runs it: analytics scripts send a page's performance marks to the site.
  const session = await launchChromium({ pageMarks: false });
  const marks = (page: Page) =>
    page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
  try {
    await waitForImport(await session.openExtensionPage('popup.html'));
    const page = await session.context.newPage();
    await page.goto(server.url('listening.html'));
    await waitForHighlights(page);
    // A card too, which the benchmark times with a mark where marks are allowed.
    const { x, y } = await mentionPoint(page, 'Ghada Waly');
    await page.mouse.move(x, y);
    await waitForDialog(page);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual(
      [],
    );
    expect(await marks(page)).toEqual([]);
    await page.goto(server.url('listening-quiet.html'));
    await page.waitForTimeout(1000);
    expect(await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual(
      [],
    );
    expect(await marks(page)).toEqual([]);
  } finally {
    await session.close();
  }
});
