import { afterAll, beforeAll, expect, test } from 'vitest';
import { NAME_PAGES } from '../unit/marked-page';
import { hoverForCard, launchFirefox } from './helpers/firefox';
import { collectMarks, markPoint } from './helpers/marks';
import { type FixtureServer, serveFixtures } from './helpers/server';

// The name-rule pages in the Firefox build: the same marks as in Chromium (names.e2e.ts), and a
// hovered generic name opens a card.

let server: FixtureServer;
let firefox: Awaited<ReturnType<typeof launchFirefox>>;
beforeAll(async () => {
  server = await serveFixtures();
  firefox = await launchFirefox();
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

test.each(NAME_PAGES)('Firefox, %s: exactly the declared marks', async (file) => {
  const page = await firefox.browser.newPage();
  await page.goto(server.url(file));
  await page.waitForFunction(() => performance.getEntriesByName('factcard-painted').length > 0, {
    timeout: 20_000,
  });
  await page.evaluate('globalThis.__name ??= (f) => f');
  const { marks, extra } = await page.evaluate(collectMarks);
  expect(marks.filter((m) => !m.known && !m.painted).map((m) => m.text)).toEqual([]);
  expect(extra.filter((e) => !e.known).map((e) => e.text)).toEqual([]);
  const generic = marks.find((m) => m.kind === 'generic' && m.hover);
  if (generic) {
    const at = await page.evaluate(markPoint, generic.id);
    expect(at).not.toBeNull();
    if (at) await hoverForCard(page, at);
  }
  await page.close();
});
