import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mentionPoint, waitForDialog } from './helpers/card';
import { hoverForCard, launchFirefox, waitForMentionPoint } from './helpers/firefox';
import { collectPainted, expectedMentions, openPainted, readPainted } from './helpers/highlights';
import { FIXTURES, type FixtureServer, serveFixtures } from './helpers/server';
import { useChromiumSuite } from './helpers/suite';

// Descriptive names of the convention that no list holds, found by its name pattern on a page in
// each language, with the convention's card; a pattern's words about something else stay bare.
const LANGUAGES = ['en', 'pl', 'nl', 'fr', 'de', 'es', 'vi', 'ar'];

const page = (lang: string) => `patterns-${lang}.html`;
const source = (lang: string) => readFileSync(join(FIXTURES, page(lang)), 'utf8');
const nfc = (text: string) => text.normalize('NFC');

/** The card the page's descriptive names open: the JSON string in `#expected-card`. */
function expectedCard(html: string): string {
  const json = /<script type="application\/json" id="expected-card">([\s\S]*?)<\/script>/.exec(
    html,
  );
  if (!json) throw new Error('The page declares no card');
  return JSON.parse(json[1]);
}

/** What a page must show: each descriptive name painted, nothing touching a trap. */
function check(lang: string, painted: { text: string; marked: string | null }[]) {
  const texts = painted.map((m) => nfc(m.text));
  for (const name of expectedMentions(source(lang))) expect(texts, lang).toContain(nfc(name));
  expect(
    painted.filter((m) => m.marked === 'trap').map((m) => m.text),
    lang,
  ).toEqual([]);
}

describe('Chromium: descriptive names found by the name pattern', () => {
  const suite = useChromiumSuite();

  test.each(LANGUAGES)(
    'patterns-%s.html: painted, the traps bare, the convention card',
    async (lang) => {
      const tab = await openPainted(suite.session.context, suite.server.url(page(lang)));
      check(lang, await readPainted(tab, '.trap'));
      const names = expectedMentions(source(lang));
      const at = await mentionPoint(tab, names[names.length - 1]);
      await tab.mouse.move(at.x, at.y);
      expect(nfc(await waitForDialog(tab, undefined, 10_000))).toBe(
        nfc(expectedCard(source(lang))),
      );
      await tab.close();
    },
  );
});

describe('Firefox: the same pages', () => {
  let firefox: Awaited<ReturnType<typeof launchFirefox>>;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await serveFixtures();
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  test('every language: painted, the traps bare, a card opens on a descriptive name', async () => {
    for (const lang of LANGUAGES) {
      const tab = await firefox.browser.newPage();
      await tab.goto(server.url(page(lang)));
      const names = expectedMentions(source(lang));
      const last = names[names.length - 1];
      const at = await waitForMentionPoint(tab, last);
      check(lang, await tab.evaluate(collectPainted, '.trap'));
      await hoverForCard(tab, at);
      await tab.close();
    }
  });
});
