import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { checkPack, selectText } from './helpers/builder';
import { hoverForCard, launchFirefox, waitForMentionPoint } from './helpers/firefox';
import { type FixtureServer, serveFixtures } from './helpers/server';

// Pinned so the test knows the popup's address.
const UUID = '3b7e9a51-2c4d-4f60-8e1a-9d5c7b3f2a18';
const ORIGINAL = 'https://coast.example/2025/06/westhaven-ferry';
const FACT =
  'Mayor Ilse Brandt said the line would carry some four hundred passengers a day in summer.';

interface Api {
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value: unknown }> };
  tabs: { create(p: { url: string }): Promise<{ id: number }> };
}

let server: FixtureServer;
let firefox: { browser: Browser; close(): Promise<void> };
let control: Page;

/** An extension page, once its API answers (Firefox does not report its load over BiDi). */
async function extensionPage(path: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  void page.goto(`moz-extension://${UUID}/${path}`).catch(() => undefined);
  await until(page, () => document.querySelector('main') !== null);
  return page;
}

/**
 * Polls `check` in the page until it holds: an evaluation during a navigation can fail, and
 * Firefox does not report an extension page's load, so each failure is only a "not yet".
 */
async function until(page: Page, check: () => boolean) {
  const end = Date.now() + 20_000;
  while (!(await page.evaluate(check).catch(() => false))) {
    if (Date.now() > end) throw new Error(`${page.url()} did not get ready`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function ask<T>(message: unknown): Promise<T> {
  const answer = await control.evaluate(
    (m) => (globalThis as unknown as { browser: Api }).browser.runtime.sendMessage(m),
    message,
  );
  if (!answer.ok) throw new Error(JSON.stringify(answer));
  return answer.value as T;
}

/** Opens a fixture in a tab made by the extension, which knows its id. */
async function openTab(name: string): Promise<{ page: Page; tabId: number }> {
  const url = server.url(name);
  const tabId = await control.evaluate(
    (u) =>
      (globalThis as unknown as { browser: Api }).browser.tabs.create({ url: u }).then((t) => t.id),
    url,
  );
  for (;;) {
    const page = (await firefox.browser.pages()).find((p) => p.url() === url);
    if (page) {
      await until(page, () => document.readyState === 'complete');
      return { page, tabId };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function outcome(popup: Page): Promise<string> {
  const note = await popup.waitForSelector('.builder-phase', { timeout: 20_000 });
  return (await note!.evaluate((n) => n.textContent)) ?? '';
}

async function submit(popup: Page) {
  await popup.waitForSelector('form button[type="submit"]:not([disabled])', { timeout: 20_000 });
  await popup.$eval('form', (form) => (form as HTMLFormElement).requestSubmit());
}

beforeAll(async () => {
  server = await serveFixtures();
  firefox = await launchFirefox({ uuid: UUID });
  control = await extensionPage('popup.html');
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

test('Firefox: an article, a card, a fact and a German name make cards on a third page', async () => {
  const article = await openTab('builder-article-en.html');
  let popup = await extensionPage(`popup.html?tab=${article.tabId}`);
  await popup.waitForSelector('#builder-story');
  await popup.select('#builder-story', '');
  await popup.type('input[placeholder="Title of the new story"]', 'Westhaven ferry');
  await popup.$$eval('button', (buttons) =>
    buttons.find((b) => b.textContent === 'Add this article')?.click(),
  );
  expect(await outcome(popup)).toBe('The article was added to “Westhaven ferry”.');
  // One of the article's suggested names becomes a card in one step.
  await popup.click('[aria-label="Make a card for Nordlys Shipping Company"]');
  await popup.waitForFunction(
    () => document.querySelector('.builder-phase')?.textContent?.startsWith('Card made'),
    { timeout: 20_000 },
  );
  await popup.close();

  expect(await article.page.evaluate(selectText, ['fact', 'Ilse Brandt'] as const)).toBe(true);
  popup = await extensionPage(`popup.html?tab=${article.tabId}&action=card`);
  await submit(popup);
  expect(await outcome(popup)).toBe('Card made for “Ilse Brandt”.');
  await popup.close();

  expect(await article.page.evaluate(selectText, ['fact', FACT] as const)).toBe(true);
  popup = await extensionPage(`popup.html?tab=${article.tabId}&action=fact`);
  await submit(popup);
  expect(await outcome(popup)).toBe('The fact was added to “Westhaven ferry”.');
  await popup.close();

  const german = await openTab('builder-article-de.html');
  expect(await german.page.evaluate(selectText, ['name', 'Reederei Nordlys'] as const)).toBe(true);
  popup = await extensionPage(`popup.html?tab=${german.tabId}&action=name`);
  await popup.waitForSelector('#builder-entity option');
  const company = await popup.$$eval(
    '#builder-entity option',
    (options) => options.find((o) => o.textContent === 'Nordlys Shipping Company')?.value ?? '',
  );
  await popup.select('#builder-entity', company);
  await submit(popup);
  expect(await outcome(popup)).toBe('“Reederei Nordlys” was added as another name.');
  await popup.close();

  const third = await firefox.browser.newPage();
  await third.goto(server.url('builder-third.html'));
  await waitForMentionPoint(third, 'Reederei Nordlys');
  await hoverForCard(third, await waitForMentionPoint(third, 'Ilse Brandt'));

  // The card's data as the page got it: the fact, linked to the original article.
  const [story] = await ask<{ id: string }[]>({ type: 'stories' });
  const pack = await ask<{ entities: { id: string; name: { en?: string } }[] }>({
    type: 'story',
    id: story.id,
  });
  const mayor = pack.entities.find((e) => e.name.en === 'Ilse Brandt')!;
  // Installed, the story's entities are named under the story's prefix.
  const card = await ask<{ facts: { text: string; url: string }[] }>({
    type: 'card',
    id: `${story.id}/${mayor.id}`,
    lang: 'en',
  });
  expect(card.facts).toEqual([expect.objectContaining({ text: FACT, url: ORIGINAL })]);
  expect(checkPack(await ask<string>({ type: 'export-pack', id: story.id }))).toMatch(
    /is a valid pack, \{"entities":2,"sources":1,.*"facts":1\}/,
  );
});
