import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, test } from 'vitest';
import type { Dataset } from '@/lib/dataset/types';
import { ROOT } from './helpers/build';
import { waitForDialog } from './helpers/card';
import { waitForHighlights } from './helpers/highlights';
import { useChromiumSuite } from './helpers/suite';

const dataset: Dataset = JSON.parse(readFileSync(join(ROOT, 'public', 'dataset.json'), 'utf8'));
const nameOf = (id: string) => dataset.entities.find((e) => e.id === id)?.name.en;

/** The extension API as the popup's tab sees it, typed just enough for these tests. */
interface Chrome {
  tabs: {
    create(p: { url: string; active?: boolean }): Promise<{ id: number }>;
    sendMessage(id: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
  storage: {
    local: {
      clear(): Promise<void>;
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
}

const suite = useChromiumSuite();
beforeEach(async () => {
  await suite.control.evaluate(() =>
    (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.clear(),
  );
});

interface ChangeEvents {
  storage: { onChanged: { addListener(f: () => void): void; removeListener(f: () => void): void } };
}

/**
 * Opens a page in a new tab and returns it with its tab id. The id comes from tabs.create in an
 * extension page: tabs.query({ url }) finds nothing without the `tabs` permission or host
 * permissions (the content script's match patterns do not count), and we ask for neither.
 */
async function openTab(url: string): Promise<{ page: Page; tabId: number }> {
  const [page, tabId] = await Promise.all([
    suite.session.context.waitForEvent('page'),
    suite.control.evaluate(
      (u) =>
        (globalThis as unknown as { chrome: Chrome }).chrome.tabs
          .create({ url: u })
          .then((t) => t.id),
      url,
    ),
  ]);
  await page.waitForLoadState();
  return { page, tabId };
}

/** The popup, opened as a tab of its own and pointed at `tabId`. */
async function openPopup(tabId: number): Promise<Page> {
  const popup = await suite.session.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.setViewportSize({ width: 360, height: 600 });
  return popup;
}

const highlightCount = (page: Page) =>
  page.evaluate(() => CSS.highlights.get('factcard-mention')?.size ?? 0);

describe('the popup', () => {
  test('lists the four original articles, linked in new tabs, and their translations', async () => {
    const { tabId } = await openTab(suite.server.url('popup-article.html'));
    const popup = await openPopup(tabId);
    const headlines = popup.locator('a.headline');
    await expect.poll(() => headlines.count()).toBe(4);
    const links = await headlines.evaluateAll((as) =>
      as.map((a) => [a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]),
    );
    expect(links.map(([href]) => href).sort()).toEqual(dataset.sources.map((s) => s.url).sort());
    for (const [, target, rel] of links)
      expect([target, rel]).toEqual(['_blank', 'noopener noreferrer']);
    const readers = await popup
      .locator('.inline-list a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).search));
    expect(readers.sort()).toEqual(dataset.seeds.map((s) => `?seed=${s.id}`).sort());
  });

  test('lists the entities on the page in page order; choosing one scrolls to it and opens its card', async () => {
    const { page, tabId } = await openTab(suite.server.url('popup-article.html'));
    await waitForHighlights(page, 8);
    const popup = await openPopup(tabId);
    const names = popup.locator('.mentions .mention-name');
    await expect.poll(() => names.count()).toBeGreaterThan(0);
    // "UNODC Executive Director Ghada Waly" names UNODC too.
    const ids = [
      'hanoi',
      'ghada-waly',
      'unodc',
      'hanoi-convention',
      'to-lam',
      'vietnam',
      // "hosting the ceremony", after the Hanoi Convention is named.
      'signing-ceremony',
      'luong-tam-quang',
    ];
    expect(await names.allTextContents()).toEqual(ids.map(nameOf));
    expect(await popup.locator('.mentions .count').allTextContents()).toEqual([
      '1',
      '2',
      '1',
      '1',
      '1',
      '1',
      '1',
      '1',
    ]);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await popup.getByRole('button', { name: /Luong Tam Quang/ }).click();
    await page.waitForFunction(() => {
      const rect = document.getElementById('late')!.getBoundingClientRect();
      return rect.top >= 0 && rect.bottom <= innerHeight;
    });
    expect(await waitForDialog(page, nameOf('luong-tam-quang'))).toBe(nameOf('luong-tam-quang'));
  });

  test('the site switch clears the open tab at once, and the site stays off after a reload', async () => {
    const { page, tabId } = await openTab(suite.server.url('popup-article.html'));
    await waitForHighlights(page, 8);
    const popup = await openPopup(tabId);
    const toggle = popup.getByRole('switch');
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
    expect(await toggle.textContent()).toBe('On for this site');
    expect(await popup.locator('#site-name').textContent()).toBe('127.0.0.1');

    await toggle.click();
    await page.waitForFunction(() => (CSS.highlights.get('factcard-mention')?.size ?? 0) === 0);
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('false');
    expect(await toggle.textContent()).toBe('Off for this site');
    await expect.poll(() => popup.locator('.mentions').count()).toBe(0);
    const stored = await suite.control.evaluate(() =>
      (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get('settings'),
    );
    expect(stored.settings).toMatchObject({ disabledSites: ['127.0.0.1'] });

    await page.reload();
    // A fresh popup finds the reloaded page's script answering (the switch only shows then), off.
    const again = await openPopup(tabId);
    await expect.poll(() => again.getByRole('switch').getAttribute('aria-checked')).toBe('false');
    await page.waitForTimeout(500);
    expect(await highlightCount(page)).toBe(0);
    await again.close();

    // The options page lists the site; removing it switches the open tab back on.
    const options = await suite.session.openExtensionPage('options.html');
    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await waitForHighlights(page, 8);
    await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');
    await expect.poll(() => popup.locator('.mentions .mention').count()).toBe(8);
    await options.close();
  });

  test('a page asked for its names right after its site is switched on answers with all of them', async () => {
    // Long enough that scanning it again takes more than one slice of the main thread.
    const paragraph =
      '<p>Delegations met in the capital on Saturday; the talks went on late into the night, ' +
      'and officials said more would follow before the week was out.</p>';
    const names =
      '<p>UNODC Executive Director Ghada Waly praised the Hanoi Convention.</p>' +
      '<p>At the closing session, Minister Luong Tam Quang spoke about cooperation.</p>';
    suite.server.add(
      'popup-long.html',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long</title></head><body>${`${paragraph.repeat(60)}${names}`.repeat(40)}</body></html>`,
    );
    const { page, tabId } = await openTab(suite.server.url('popup-long.html'));
    await waitForHighlights(page, 1);
    /** Saves the site switch; once the change is announced, asks the page, as the popup does. */
    const switchAndAsk = (disabledSites: string[]) =>
      suite.control.evaluate(
        async ([id, sites]) => {
          const { chrome } = globalThis as unknown as { chrome: Chrome & ChangeEvents };
          const answer = new Promise<unknown>((resolve) => {
            const heard = () => {
              chrome.storage.onChanged.removeListener(heard);
              resolve(chrome.tabs.sendMessage(id, { type: 'page-mentions' }, { frameId: 0 }));
            };
            chrome.storage.onChanged.addListener(heard);
          });
          await chrome.storage.local.set({ settings: { disabledSites: sites } });
          return answer;
        },
        [tabId, disabledSites] as const,
      ) as Promise<{ ok: boolean; value: { entities: { id: string; count: number }[] } }>;
    const before = await switchAndAsk([]);
    expect(before.value.entities.map((e) => e.id).sort()).toEqual([
      'ghada-waly',
      'hanoi-convention',
      'luong-tam-quang',
      'unodc',
    ]);
    for (let turn = 0; turn < 3; turn++) {
      expect((await switchAndAsk(['127.0.0.1'])).value.entities).toEqual([]);
      expect((await switchAndAsk([])).value).toEqual(before.value);
    }
  });

  test('explains a page without mentions and a page it cannot read', async () => {
    const empty = await openTab(suite.server.url('popup-empty.html'));
    const popup = await openPopup(empty.tabId);
    await expect
      .poll(() => popup.locator('[aria-labelledby="page-heading"] .note').textContent())
      .toMatch(/None of the story's people/);

    const blank = await openTab('about:blank');
    const unreadable = await openPopup(blank.tabId);
    await expect
      .poll(() => unreadable.locator('.note').first().textContent())
      .toMatch(/cannot read this page/);
    expect(await unreadable.getByRole('switch').count()).toBe(0);
    await expect.poll(() => unreadable.locator('a.headline').count()).toBe(4);
  });

  test('works from the keyboard alone: Tab reaches each suite.control, Enter activates it', async () => {
    const { page, tabId } = await openTab(suite.server.url('popup-article.html'));
    await waitForHighlights(page, 8);
    const popup = await openPopup(tabId);
    await popup.locator('.mentions .mention').first().waitFor();
    // Extension pages forbid eval, so the target is described by data: a selector and a text.
    const tabTo = async (selector: string, text = '') => {
      for (let i = 0; i < 40; i++) {
        await popup.keyboard.press('Tab');
        const hit = await popup.evaluate(
          ([sel, txt]) =>
            !!document.activeElement?.matches(sel) &&
            !!document.activeElement.textContent?.includes(txt),
          [selector, text] as const,
        );
        if (hit) return;
      }
      throw new Error(`Tab never reached ${selector} ${text}`);
    };

    await tabTo('[role="switch"]');
    // The focused control shows a focus ring.
    expect(
      await popup.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle),
    ).not.toBe('none');
    await popup.keyboard.press('Enter');
    await page.waitForFunction(() => (CSS.highlights.get('factcard-mention')?.size ?? 0) === 0);
    await popup.keyboard.press('Enter');
    await waitForHighlights(page, 8);
    // The popup lists the page's names again once the page has read them: tab on after that, or
    // the Tabs may pass the list before it is there.
    await popup.locator('.mentions .mention', { hasText: 'Luong Tam Quang' }).waitFor();

    await tabTo('.mention', 'Luong Tam Quang');
    await popup.keyboard.press('Enter');
    await page.waitForFunction(
      () => document.getElementById('late')!.getBoundingClientRect().top < innerHeight,
    );

    await tabTo('.inline-list a');
    const [reader] = await Promise.all([
      suite.session.context.waitForEvent('page'),
      popup.keyboard.press('Enter'),
    ]);
    await reader.waitForURL(/reader\.html\?seed=/);
    await reader.close();
  });
});

describe('the reader page', () => {
  /** The fact whose quote sits furthest into its seed, so that marking it must scroll. */
  function deepestQuote() {
    const squash = (s: string) => s.replace(/\s+/g, ' ');
    const facts = dataset.entities.flatMap((e) => e.facts);
    const depth = (f: (typeof facts)[number]) =>
      squash(dataset.seeds.find((s) => s.id === f.seed)!.text).indexOf(squash(f.quote));
    return facts.reduce((a, b) => (depth(b) > depth(a) ? b : a));
  }

  test('shows a seed with its source, paints its mentions and marks the cited quote', async () => {
    const fact = deepestQuote();
    const seed = dataset.seeds.find((s) => s.id === fact.seed)!;
    const query = new URLSearchParams({ seed: fact.seed, quote: fact.quote });
    const reader = await suite.session.openExtensionPage(`reader.html?${query}`);
    await reader.waitForFunction(() => CSS.highlights.get('factcard-quote')?.size === 1);
    const marked = await reader.evaluate(() => {
      const [range] = CSS.highlights.get('factcard-quote') as unknown as Iterable<Range>;
      const rect = range.getBoundingClientRect();
      return { text: range.toString(), top: rect.top, bottom: rect.bottom, height: innerHeight };
    });
    const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
    expect(squash(marked.text)).toBe(squash(fact.quote));
    expect(marked.top).toBeGreaterThanOrEqual(0);
    expect(marked.top).toBeLessThan(marked.height);
    expect(await reader.evaluate(() => scrollY)).toBeGreaterThan(0);
    expect(await waitForHighlights(reader, 3)).not.toHaveLength(0);

    const article = reader.locator('article');
    expect(await article.getAttribute('lang')).toBe(seed.lang);
    const source = dataset.sources.find((s) => s.id === seed.source)!;
    expect(await reader.locator('h1').textContent()).toBe(source.title);
    const original = reader.getByRole('link', { name: /Original article/ });
    expect(await original.getAttribute('href')).toBe(source.url);
    expect(await original.getAttribute('rel')).toBe('noopener noreferrer');
  });

  test('sets the direction of an Arabic translation to right-to-left', async () => {
    const arabic = dataset.seeds.find((s) => s.lang === 'ar')!;
    const reader = await suite.session.openExtensionPage(`reader.html?seed=${arabic.id}`);
    const article = reader.locator('article');
    await article.waitFor();
    expect([await article.getAttribute('lang'), await article.getAttribute('dir')]).toEqual([
      'ar',
      'rtl',
    ]);
    await waitForHighlights(reader, 3);
  });
});
