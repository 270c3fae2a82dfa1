import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from './helpers/build';
import { mentionPoint, waitForDialog } from './helpers/card';
import { launchChromium } from './helpers/chromium';
import { type ChromeApi, readDatabase, sendFromPage, waitForImport } from './helpers/extension';
import { waitForHighlights, waitForPainted } from './helpers/highlights';
import { type FixtureServer, serveFixtures } from './helpers/server';

const dataset = JSON.parse(readFileSync(join(ROOT, 'public', 'dataset.json'), 'utf8'));

let server: FixtureServer;
beforeAll(async () => {
  server = await serveFixtures();
});
afterAll(() => server.close());

describe('the extension in Chromium', () => {
  test('imports the bundled dataset once, and not again on a second start', async () => {
    const first = await launchChromium();
    const stored = await waitForImport(await first.openExtensionPage('popup.html'));
    expect(stored.active?.version).toBe(dataset.version);
    expect(stored.entities).toBe(dataset.entities.length);
    expect(stored.sources).toBe(dataset.sources.length);
    expect(stored.seeds).toBe(dataset.seeds.length);
    await first.close({ keepProfile: true });

    const second = await launchChromium({ userDataDir: first.userDataDir });
    const popup = await second.openExtensionPage('popup.html');
    expect(await sendFromPage(popup, { type: 'status' })).toMatchObject({ ok: true });
    const again = await readDatabase(popup);
    expect(again.active?.importedAt).toBe(stored.active?.importedAt);
    await second.close();
  });

  test('answers after its service worker is stopped, and refuses malformed messages', async () => {
    const session = await launchChromium();
    try {
      const popup = await session.openExtensionPage('popup.html');
      await waitForImport(popup);
      await session.stopServiceWorker();
      const answer = await sendFromPage(popup, { type: 'card', id: 'to-lam', lang: 'pl' });
      expect(answer).toMatchObject({ ok: true, value: { id: 'to-lam', lang: 'pl' } });
      expect(await sendFromPage(popup, { type: 'card', id: 7 })).toMatchObject({ ok: false });
      expect(await sendFromPage(popup, { type: 'drop-database' })).toMatchObject({ ok: false });
    } finally {
      await session.close();
    }
  });

  test('pages are painted without waking the service worker; the first card wakes it', async () => {
    server.add(
      'quiet-worker.html',
      '<!doctype html><html lang="en"><body><p>Rain fell softly over quiet gardens.</p></body></html>',
    );
    const session = await launchChromium();
    try {
      const popup = await session.openExtensionPage('popup.html');
      await waitForImport(popup);
      // Stored at install for pages to read: the prefilter, and the bundled pack's whole matcher.
      // (Compiled after the import: on a busy machine that takes seconds, not the poll's default.)
      await expect
        .poll(
          () =>
            popup.evaluate(async () => {
              const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
              return Object.keys(await api.storage.local.get(['prefilter', 'page-matcher']));
            }),
          { timeout: 20_000 },
        )
        .toHaveLength(2);
      await popup.close();
      await session.stopServiceWorker();
      const page = await session.context.newPage();
      const cdp = await session.context.newCDPSession(page);
      const statuses: string[] = [];
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        for (const v of versions) {
          if (v.scriptURL.includes(session.extensionId)) statuses.push(v.runningStatus);
        }
      });
      await cdp.send('ServiceWorker.enable');
      await page.goto(server.url('quiet-worker.html'));
      await waitForPainted(page);
      await page.goto(server.url('article-en.html'));
      expect(await waitForHighlights(page)).toContain('Ghada Waly');
      await page.waitForTimeout(500);
      expect(statuses.filter((s) => s !== 'stopped')).toEqual([]);
      // The watch is live: a card's facts come from the database, which the worker holds.
      const { x, y } = await mentionPoint(page, 'Ghada Waly');
      await page.mouse.move(x, y);
      expect(await waitForDialog(page)).toBe('Ghada Waly');
      expect(statuses).toContain('running');
    } finally {
      await session.close();
    }
  });

  test('paints mentions on a page, and a reload of the extension leaves no errors there', async () => {
    const session = await launchChromium();
    try {
      const page = await session.context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(server.url('article-en.html'));
      expect(await waitForHighlights(page)).toContain('Ghada Waly');

      const popup = await session.openExtensionPage('popup.html');
      await popup
        .evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.reload())
        .catch(() => undefined);
      await page.waitForTimeout(1500);
      // The orphaned script must stay quiet when the page changes under it.
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'UNODC and Ghada Waly again.';
        document.body.append(p);
      });
      await page.waitForTimeout(1000);
      expect(errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
