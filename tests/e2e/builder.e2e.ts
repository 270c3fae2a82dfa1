import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkPack, selectText } from './helpers/builder';
import { cardHostHolds, cardLinks, mentionPoint, waitForDialog } from './helpers/card';
import { type ChromiumSession, launchChromium } from './helpers/chromium';
import { sendFromPage, waitForImport } from './helpers/extension';
import { readHighlights } from './helpers/highlights';
import { type FixtureServer, serveFixtures } from './helpers/server';

const ORIGINAL = 'https://coast.example/2025/06/westhaven-ferry';
const FACT =
  'Mayor Ilse Brandt said the line would carry some four hundred passengers a day in summer.';

let server: FixtureServer;
let session: ChromiumSession;
let control: Page;

beforeAll(async () => {
  server = await serveFixtures();
  session = await launchChromium();
  control = await session.openExtensionPage('popup.html');
  await waitForImport(control);
});
afterAll(async () => {
  await session?.close();
  await server?.close();
});

/** Opens a fixture in a new tab; the id comes from tabs.create, as no `tabs` permission shows it. */
async function openTab(name: string): Promise<{ page: Page; tabId: number }> {
  const [page, tabId] = await Promise.all([
    session.context.waitForEvent('page'),
    control.evaluate(
      (url) =>
        (
          globalThis as unknown as {
            chrome: { tabs: { create(p: { url: string }): Promise<{ id: number }> } };
          }
        ).chrome.tabs
          .create({ url })
          .then((t) => t.id),
      server.url(name),
    ),
  ]);
  await page.waitForLoadState();
  return { page, tabId };
}

/** The popup for a tab, opened as the page's context menu opens it: with the form to show. */
async function openPopup(tabId: number, action = ''): Promise<Page> {
  const popup = await session.openExtensionPage(
    `popup.html?tab=${tabId}${action ? `&action=${action}` : ''}`,
  );
  await popup.setViewportSize({ width: 400, height: 600 });
  return popup;
}

/** Waits for the builder's note and returns its text: a status, or an alert when it failed. */
async function outcome(popup: Page): Promise<string> {
  const note = popup.locator('.builder-phase');
  await note.waitFor({ timeout: 20_000 });
  return (await note.textContent()) ?? '';
}

/** Waits until every name is painted as a mention on the page. */
async function waitForPainted(page: Page, names: string[]) {
  await expect
    .poll(
      async () => {
        const texts = await readHighlights(page);
        return names.filter((name) => !texts.includes(name));
      },
      { timeout: 15_000 },
    )
    .toEqual([]);
}

async function stories(): Promise<{ id: string; title: string }[]> {
  const answer = (await sendFromPage(control, { type: 'stories' })) as {
    ok: boolean;
    value: { id: string; title: string }[];
  };
  return answer.value;
}

describe('the story builder refuses what it cannot use', () => {
  test('a page with no article gets a clear message, and nothing is stored', async () => {
    const { page, tabId } = await openTab('builder-empty.html');
    const popup = await openPopup(tabId);
    await popup.getByRole('button', { name: 'Add this article' }).click();
    expect(await outcome(popup)).toBe('No article was found on this page, so nothing was stored.');
    expect(await stories()).toEqual([]);
    await Promise.all([popup.close(), page.close()]);
  });

  test('a selection across two paragraphs is refused; one inside a paragraph is offered', async () => {
    const { page, tabId } = await openTab('builder-article-en.html');
    await page.evaluate(() => {
      const paragraphs = document.querySelectorAll('article p');
      const range = document.createRange();
      range.setStart(paragraphs[0].firstChild!, 10);
      range.setEnd(paragraphs[1].firstChild!, 20);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    });
    let popup = await openPopup(tabId, 'fact');
    await expect
      .poll(() => popup.locator('#builder-selection + .note').textContent())
      .toBe('The selection runs over more than one paragraph. Select text within one paragraph.');
    await popup.close();
    expect(await page.evaluate(selectText, ['fact', 'Ilse Brandt'] as const)).toBe(true);
    popup = await openPopup(tabId, 'card');
    await expect.poll(() => popup.locator('.builder-quote').textContent()).toBe('Ilse Brandt');
    await Promise.all([popup.close(), page.close()]);
  });
});

describe('the story builder in Chromium', () => {
  test('an article, a card from a selection, a fact, a name from a German page: a third page shows them', async () => {
    const article = await openTab('builder-article-en.html');

    // Add the article to a new story; its suggestions include the shipping company.
    let popup = await openPopup(article.tabId);
    await popup.locator('#builder-story').selectOption('');
    await popup.getByPlaceholder('Title of the new story').fill('Westhaven ferry');
    await popup.getByRole('button', { name: 'Add this article' }).click();
    expect(await outcome(popup)).toBe('The article was added to “Westhaven ferry”.');
    await popup.getByRole('button', { name: 'Make a card for Nordlys Shipping Company' }).click();
    await expect
      .poll(() => popup.locator('.builder-phase').textContent())
      .toBe('Card made for “Nordlys Shipping Company”.');
    await popup.close();

    // Make a card from the selected name.
    expect(await article.page.evaluate(selectText, ['fact', 'Ilse Brandt'] as const)).toBe(true);
    popup = await openPopup(article.tabId, 'card');
    await expect.poll(() => popup.locator('#builder-name').inputValue()).toBe('Ilse Brandt');
    expect(await popup.locator('#builder-type').inputValue()).toBe('person');
    await popup.locator('#builder-description').fill('Mayor of Westhaven');
    await popup.locator('form').getByRole('button', { name: 'Make a card' }).click();
    expect(await outcome(popup)).toBe('Card made for “Ilse Brandt”.');
    await popup.close();

    // Add the selected sentence as a fact: the entity it names is offered first.
    expect(await article.page.evaluate(selectText, ['fact', FACT] as const)).toBe(true);
    popup = await openPopup(article.tabId, 'fact');
    await expect.poll(() => popup.locator('#builder-entity').inputValue()).toMatch(/ilse-brandt/);
    await popup.locator('form').getByRole('button', { name: 'Add as a fact' }).click();
    expect(await outcome(popup)).toBe('The fact was added to “Westhaven ferry”.');
    await popup.close();

    // A German page: its name for the company becomes another name of the card.
    const german = await openTab('builder-article-de.html');
    expect(await german.page.evaluate(selectText, ['name', 'Reederei Nordlys'] as const)).toBe(
      true,
    );
    popup = await openPopup(german.tabId, 'name');
    const company = popup.locator('#builder-entity option', {
      hasText: 'Nordlys Shipping Company',
    });
    await popup.locator('#builder-entity').selectOption((await company.getAttribute('value'))!);
    expect(await popup.locator('#builder-name-lang').inputValue()).toBe('de');
    await popup.locator('form').getByRole('button', { name: 'Add as another name' }).click();
    expect(await outcome(popup)).toBe('“Reederei Nordlys” was added as another name.');
    await popup.close();

    // The German page, open all along, underlines the new name at once.
    await waitForPainted(german.page, ['Reederei Nordlys']);

    // A third page: both names underlined, the card with the fact and its original article.
    const third = await session.context.newPage();
    await third.goto(server.url('builder-third.html'));
    await waitForPainted(third, ['Ilse Brandt', 'Reederei Nordlys']);
    const { x, y } = await mentionPoint(third, 'Ilse Brandt');
    await third.mouse.move(x, y);
    expect(await waitForDialog(third, 'Ilse Brandt')).toBe('Ilse Brandt');
    expect(await cardHostHolds(third, FACT)).toBe(true);
    expect((await cardLinks(third)).map((l) => l.href)).toContain(ORIGINAL);
  });

  test('the story exports as a pack that `npm run pack -- check` accepts', async () => {
    const [story] = await stories();
    const answer = (await sendFromPage(control, { type: 'export-pack', id: story.id })) as {
      ok: boolean;
      value: string;
    };
    expect(answer.ok).toBe(true);
    // The check exits with an error on a refused pack; what it accepted is counted.
    const output = checkPack(answer.value);
    expect(output).toMatch(/is a valid pack, \{"entities":2,"sources":1,/);
    expect(output).toMatch(/"facts":1\}/);
  });

  test('after a browser restart with the same profile, the story is there and still marks pages', async () => {
    await session.close({ keepProfile: true });
    session = await launchChromium({ userDataDir: session.userDataDir });
    control = await session.openExtensionPage('popup.html');
    expect((await stories()).map((s) => s.title)).toEqual(['Westhaven ferry']);
    const page = await session.context.newPage();
    await page.goto(server.url('builder-third.html'));
    await waitForPainted(page, ['Ilse Brandt', 'Reederei Nordlys']);
    // And the builder goes on: another name, from the third page.
    const { tabId } = await openTab('builder-third.html');
    const tab = session.context.pages().at(-1)!;
    expect(await tab.evaluate(selectText, ['mayor', 'Ilse Brandt'] as const)).toBe(true);
    const popup = await openPopup(tabId, 'fact');
    await expect.poll(() => popup.locator('.builder-quote').textContent()).toBe('Ilse Brandt');
  });
});
