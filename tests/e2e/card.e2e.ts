import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { ROOT } from './helpers/build';
import {
  cardBox,
  cardHostHolds,
  cardLinks,
  mentionPoint,
  openDialogName,
  waitForDialog,
} from './helpers/card';
import type { ChromeApi } from './helpers/extension';
import { inContentScript, waitForHighlights } from './helpers/highlights';
import { useChromiumSuite } from './helpers/suite';

const dataset = JSON.parse(readFileSync(join(ROOT, 'public', 'dataset.json'), 'utf8'));
const sourceUrls: string[] = dataset.sources.map((s: { url: string }) => s.url);

const suite = useChromiumSuite();

async function openPage(path: string): Promise<Page> {
  const page = await suite.session.context.newPage();
  await page.goto(suite.server.url(path));
  await waitForHighlights(page);
  return page;
}

async function hover(page: Page, text: string) {
  const { x, y } = await mentionPoint(page, text);
  await page.mouse.move(x, y);
}

describe('fact cards in Chromium', () => {
  test('hovering a mention opens its card, named by the entity, citing the original articles', async () => {
    const page = await openPage('article-en.html');
    await hover(page, 'Ghada Waly');
    expect(await waitForDialog(page)).toBe('Ghada Waly');
    const links = await cardLinks(page);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(sourceUrls).toContain(link.href);
      expect(link).toMatchObject({ rel: 'noopener noreferrer', target: '_blank' });
    }
    // The pointer leaves both mention and card: the card closes shortly after.
    await page.mouse.move(5, 5);
    await page.waitForTimeout(700);
    expect(await openDialogName(page)).toBeNull();
    await page.close();
  });

  test('during the dwell the card is rendered ahead, hidden from readers and the pointer', async () => {
    const setDwell = (hoverDelay?: number) =>
      suite.control.evaluate((delay) => {
        const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
        return delay === undefined
          ? api.storage.local.remove('settings')
          : api.storage.local.set({ settings: { hoverDelay: delay } });
      }, hoverDelay);
    await setDwell(1500);
    try {
      const page = await openPage('article-en.html');
      await hover(page, 'Ghada Waly');
      // Rendered on rest; looked at well before the dwell ends.
      await page.waitForTimeout(700);
      // Rendered in the card host's closed shadow root, but no dialog for assistive technology.
      expect(await cardHostHolds(page, 'Ghada Waly')).toBe(true);
      expect(await openDialogName(page)).toBeNull();
      // The page, not the hidden card, is under the pointer where the card will show.
      const { x, y } = await mentionPoint(page, 'Ghada Waly');
      const below = await page.evaluate(
        ([px, py]) => document.elementFromPoint(px, py + 30)?.nodeName.toLowerCase(),
        [x, y],
      );
      expect(below).not.toBe('factcard-host');
      expect(await waitForDialog(page)).toBe('Ghada Waly');
      await page.close();
    } finally {
      await setDwell(undefined);
    }
  });

  test("the card's code loads when the pointer first moves over a page with mentions", async () => {
    const page = await openPage('article-en.html');
    const loaded = () =>
      inContentScript(page, () => 'factcardCardHost' in globalThis).catch(() => false);
    // Painted, but no pointer yet: the card's code is not loaded.
    await page.waitForTimeout(300);
    expect(await loaded()).toBe(false);
    // The pointer moves over the page, nowhere near a mention.
    await page.mouse.move(3, 3);
    await page.mouse.move(6, 6);
    await expect.poll(loaded, { timeout: 5000 }).toBe(true);
    await page.close();
  });

  test('the card speaks the page language, and Arabic cards are right to left', async () => {
    const pl = await openPage('card-pl.html');
    await hover(pl, 'To Lam');
    expect(await waitForDialog(pl)).toBe('To Lam');
    expect((await cardBox(pl))?.lang).toBe('pl');
    await pl.close();
    const ar = await openPage('card-ar.html');
    await hover(ar, 'تو لام');
    expect(await waitForDialog(ar)).toBe('تو لام');
    expect(await cardBox(ar)).toMatchObject({ lang: 'ar', dir: 'rtl' });
    await ar.close();
  });

  test('a page with a strict CSP and a huge rem gets the same card as a plain page', async () => {
    const plain = await openPage('article-en.html');
    await hover(plain, 'Ghada Waly');
    await waitForDialog(plain, 'Ghada Waly');
    const normal = await cardBox(plain);
    await plain.close();
    const strict = await openPage('card-pl.html?csp=strict');
    await hover(strict, 'Ghada Waly');
    await waitForDialog(strict, 'Ghada Waly');
    const locked = await cardBox(strict);
    expect(normal?.width).toBeGreaterThan(200);
    // Same width: neither the CSP nor the page's 40px rem changes the card (its text differs: pl).
    expect(locked?.width).toBeCloseTo(normal?.width ?? 0, 0);
    expect(locked?.fontSize).toBe(normal?.fontSize);
    await strict.close();
  });

  test('opening and closing a card changes nothing in the page but the card host', async () => {
    const page = await openPage('article-en.html');
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      new MutationObserver((records) => {
        for (const r of records) {
          const added = [...r.addedNodes].map((n) => n.nodeName.toLowerCase());
          seen.push(
            `${r.type}:${(r.target as Element).nodeName?.toLowerCase()}:${added.join(',')}`,
          );
        }
      }).observe(document, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    });
    await hover(page, 'UNODC');
    await waitForDialog(page);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(100);
    expect(await openDialogName(page)).toBeNull();
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen).toEqual(['childList:body:factcard-host']);
    await page.close();
  });

  test('the keyboard command walks the mentions, opens a card with focus, Escape returns focus', async () => {
    const page = await openPage('article-en.html');
    const popup = await suite.session.openExtensionPage('popup.html');
    const step = (direction: 'next' | 'previous') =>
      popup.evaluate(async (dir) => {
        // What the background does for the command, sent to every tab: only the fixture page
        // has a content script to answer (tab URLs are hidden without the tabs permission).
        const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
        const tabs = await api.tabs.query({});
        const answers = await Promise.all(
          tabs.map((tab) =>
            api.tabs.sendMessage(tab.id!, { type: 'navigate', direction: dir }).catch(() => null),
          ),
        );
        return answers.find((a) => a !== null);
      }, direction);
    await page.bringToFront();
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'before';
      document.body.prepend(button);
      button.focus();
    });
    await step('next');
    const first = await waitForDialog(page);
    expect(await page.evaluate(() => document.activeElement?.nodeName.toLowerCase())).toBe(
      'factcard-host',
    );
    await step('next');
    const second = await waitForDialog(page, { not: first });
    await step('previous');
    expect(await waitForDialog(page, { not: second })).toBe(first);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(100);
    expect(await openDialogName(page)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('before');
    await popup.close();
    await page.close();
  });
});
