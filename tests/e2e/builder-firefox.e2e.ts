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
const api = () => (globalThis as unknown as { browser: Api }).browser;

let server: FixtureServer;
let firefox: { browser: Browser; close(): Promise<void> };
let control: Page;

/** An extension page, once its API answers (Firefox does not report its load over BiDi). */
async function extensionPage(path: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  void page.goto(`moz-extension://${UUID}/${path}`).catch(() => undefined);
  await page.waitForFunction(() => Boolean(document.querySelector('main')), { timeout: 20_000 });
  return page;
}

async function ask<T>(message: unknown): Promise<T> {
  const answer = await control.evaluate((m) => api().runtime.sendMessage(m), message);
  if (!answer.ok) throw new Error(JSON.stringify(answer));
  return answer.value as T;
}

/** Opens a fixture in a tab made by the extension, which knows its id. */
async function openTab(name: string): Promise<{ page: Page; tabId: number }> {
  const url = server.url(name);
  const tabId = await control.evaluate(
    (u) =>
      api()
        .tabs.create({ url: u })
        .then((t) => t.id),
    url,
  );
  for (;;) {
    const page = (await firefox.browser.pages()).find((p) => p.url() === url);
    if (page) {
      await page.waitForFunction(() => document.readyState === 'complete');
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
  const card = await ask<{ facts: { text: string; url: string }[] }>({
    type: 'card',
    id: mayor.id,
    lang: 'en',
  });
  expect(card.facts).toEqual([expect.objectContaining({ text: FACT, url: ORIGINAL })]);
  expect(checkPack(await ask<string>({ type: 'export-pack', id: story.id }))).toBeTruthy();
});
