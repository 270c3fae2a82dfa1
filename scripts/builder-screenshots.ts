// Writes docs/builder-popup.png (the popup's "Make a card" form for a name selected on a page),
// docs/stories.png (the stories page) and docs/story-card.png (a card from a reader's own story on
// the article it was built from). Run after a build: `npx tsx scripts/builder-screenshots.ts`.
import { join } from 'node:path';
import { selectText } from '../tests/e2e/helpers/builder';
import { mentionPoint, waitForDialog } from '../tests/e2e/helpers/card';
import { launchChromium } from '../tests/e2e/helpers/chromium';
import { waitForImport } from '../tests/e2e/helpers/extension';
import { waitForHighlights } from '../tests/e2e/helpers/highlights';
import { serveFixtures } from '../tests/e2e/helpers/server';
import { makeStory, storyArticlePage } from '../tests/e2e/helpers/stories';

const root = join(import.meta.dirname, '..');
const server = await serveFixtures();
server.add('varne-ferry.html', storyArticlePage());
const session = await launchChromium({ colorScheme: 'light' });
try {
  const control = await session.openExtensionPage('popup.html');
  await waitForImport(control);
  const story = await makeStory(control);

  // 1. The popup with a name selected on an article: its "Make a card" form, filled in.
  const [article, tabId] = await Promise.all([
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
      server.url('builder-article-en.html'),
    ),
  ]);
  await article.waitForLoadState();
  await article.evaluate(selectText, ['fact', 'Ilse Brandt'] as const);
  const popup = await session.openExtensionPage(`popup.html?tab=${tabId}&action=card`);
  await popup.setViewportSize({ width: 400, height: 640 });
  await popup.locator('#builder-name').waitFor();
  await popup.waitForFunction(
    () => (document.querySelector('#builder-name') as HTMLInputElement | null)?.value !== '',
  );
  const popupPath = join(root, 'docs', 'builder-popup.png');
  await popup.screenshot({ path: popupPath });
  console.log(popupPath);

  // 2. The stories page on the story just built.
  const stories = await session.openExtensionPage(`stories.html#${story}`);
  await stories.setViewportSize({ width: 900, height: 1000 });
  await stories.locator('.entity').nth(1).waitFor();
  const path = join(root, 'docs', 'stories.png');
  await stories.screenshot({ path });
  console.log(path);

  // 3. The mayor's card on the article, found with no pack but the reader's story.
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 900, height: 520 });
  await page.goto(server.url('varne-ferry.html'));
  await waitForHighlights(page);
  const { x, y } = await mentionPoint(page, 'Ilse Brandt');
  await page.mouse.move(x, y);
  await waitForDialog(page, 'Ilse Brandt');
  await page.waitForTimeout(300);
  const cardPath = join(root, 'docs', 'story-card.png');
  await page.screenshot({ path: cardPath });
  console.log(cardPath);
} finally {
  await session.close();
  await server.close();
}
