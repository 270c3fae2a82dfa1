import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openDialogName, waitForDialog } from './helpers/card';
import type { ChromeApi } from './helpers/extension';
import { alignMentions, expectedMentions, openPainted, readPainted } from './helpers/highlights';
import { FIXTURES } from './helpers/server';
import { useChromiumSuite } from './helpers/suite';

// News articles written the way each language's press covers the signing: plain names, longer
// forms (titles with names, long names of the convention, bodies and events), nested mentions,
// short forms after the full name, and traps (short forms before it, look-alikes, other things'
// longer names).
const LANGUAGES = ['en', 'vi', 'pl', 'nl', 'fr', 'ar', 'de', 'es'];

const html = (lang: string) => readFileSync(join(FIXTURES, `coverage-${lang}.html`), 'utf8');

/** The page's longer forms: the JSON list in `<script type="application/json" id="expected-long">`. */
function longForms(source: string): Set<string> {
  const json = /<script type="application\/json" id="expected-long">([\s\S]*?)<\/script>/.exec(
    source,
  );
  if (!json) throw new Error('The page declares no longer forms');
  return new Set((JSON.parse(json[1]) as string[]).map((t) => t.normalize('NFC')));
}

interface Tally {
  expected: number;
  found: number;
}
const tally = (): Tally => ({ expected: 0, found: 0 });
const percent = ({ expected, found }: Tally) =>
  `${expected ? ((found / expected) * 100).toFixed(1) : '-'} % (${found}/${expected})`;

const totals = {
  plain: tally(),
  long: tally(),
  missed: [] as string[],
  traps: [] as string[],
  extra: [] as string[],
};

const suite = useChromiumSuite();

describe('coverage of the story as the press of eight languages writes it', () => {
  test.each(LANGUAGES)('coverage-%s.html: the expected mentions, and no trap', async (lang) => {
    const source = html(lang);
    const expected = expectedMentions(source);
    const long = longForms(source);
    for (const text of long) expect(expected.map((t) => t.normalize('NFC'))).toContain(text);
    const page = await openPainted(
      suite.session.context,
      suite.server.url(`coverage-${lang}.html`),
    );
    const painted = await readPainted(page, '.trap');
    await page.close();
    const traps = painted.filter((m) => m.marked).map((m) => m.text);
    const result = alignMentions(
      expected,
      painted.filter((m) => !m.marked).map((m) => m.text),
    );
    const isLong = (text: string) => long.has(text.normalize('NFC'));
    const plain = tally();
    const longer = tally();
    for (const text of expected) (isLong(text) ? longer : plain).expected++;
    plain.found = plain.expected - result.missed.filter((t) => !isLong(t)).length;
    longer.found = longer.expected - result.missed.filter(isLong).length;
    for (const [sum, part] of [
      [totals.plain, plain],
      [totals.long, longer],
    ]) {
      sum.expected += part.expected;
      sum.found += part.found;
    }
    totals.missed.push(...result.missed.map((t) => `${lang}: ${t}`));
    totals.traps.push(...traps.map((t) => `${lang}: ${t}`));
    totals.extra.push(...result.extra.map((t) => `${lang}: ${t}`));
    console.info(
      `coverage-${lang}: plain ${percent(plain)}, longer ${percent(longer)}, traps painted ${traps.length}`,
      { missed: result.missed, traps, extra: result.extra },
    );
    expect(traps).toEqual([]);
    expect(result.extra).toEqual([]);
  });

  test('recall over all languages: plain names >= 98 %, longer forms >= 80 %, no trap', () => {
    console.info(
      `plain ${percent(totals.plain)}, longer ${percent(totals.long)}`,
      JSON.stringify(totals, null, 1),
    );
    expect(totals.plain.expected + totals.long.expected).toBeGreaterThan(250);
    expect(totals.plain.found / totals.plain.expected).toBeGreaterThanOrEqual(0.98);
    expect(totals.long.found / totals.long.expected).toBeGreaterThanOrEqual(0.8);
    expect(totals.traps).toEqual([]);
  });
});

/**
 * Centre of `inner`, a part of the painted mention `outer` (the first painted with that text),
 * scrolled into view: the point where a reader's pointer would rest on that word.
 */
async function pointInside(page: Page, outer: string, inner: string) {
  const point = await page.evaluate(
    ([o, i]) => {
      for (const r of CSS.highlights.get('factcard-mention') ?? []) {
        const range = r as AbstractRange;
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        if (live.toString().normalize('NFC') !== o) continue;
        const node = range.startContainer;
        const at = (node.textContent ?? '').normalize('NFC').indexOf(i, range.startOffset);
        if (node !== range.endContainer || at < 0) return null;
        node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
        const word = document.createRange();
        word.setStart(node, at);
        word.setEnd(node, at + i.length);
        const rect = word.getClientRects()[0];
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    },
    [outer.normalize('NFC'), inner.normalize('NFC')],
  );
  if (!point) throw new Error(`No "${inner}" inside a painted "${outer}"`);
  return point;
}

/** The text of the mention the keyboard reached (the `factcard-active` highlight). */
const activeText = (page: Page) =>
  page.evaluate(() => {
    for (const r of CSS.highlights.get('factcard-active') ?? []) {
      const range = r as AbstractRange;
      const live = document.createRange();
      live.setStart(range.startContainer, range.startOffset);
      live.setEnd(range.endContainer, range.endOffset);
      return live.toString().normalize('NFC');
    }
    return null;
  });

const NESTED = [
  { lang: 'en', title: 'Vice President of Ecuador María José Pinto' },
  { lang: 'es', title: 'vicepresidenta de Ecuador María José Pinto' },
];

describe('a mention inside another, under the pointer and from the keyboard', () => {
  test.each(NESTED)(
    '$lang: hovering a word of the title opens its own card',
    async ({ lang, title }) => {
      const page = await openPainted(
        suite.session.context,
        suite.server.url(`coverage-${lang}.html`),
      );
      // Different cards: move away and wait for the first to close before the second.
      const ecuador = await pointInside(page, title, 'Ecuador');
      await page.mouse.move(ecuador.x, ecuador.y);
      expect(await waitForDialog(page)).toBe('Ecuador');
      await page.mouse.move(5, 5);
      await page.waitForTimeout(700);
      expect(await openDialogName(page)).toBeNull();
      const pinto = await pointInside(page, title, 'Pinto');
      await page.mouse.move(pinto.x, pinto.y);
      expect(await waitForDialog(page)).toBe('María José Pinto');
      await page.close();
    },
  );

  test('the keyboard command reaches the title, then the country inside it', async () => {
    const title = 'Vice President of Ecuador María José Pinto';
    const page = await openPainted(suite.session.context, suite.server.url('coverage-en.html'));
    const popup = await suite.session.openExtensionPage('popup.html');
    const next = () =>
      popup.evaluate(async () => {
        // As in card.e2e.ts: what the background sends for the command, to every tab.
        const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
        const tabs = await api.tabs.query({});
        await Promise.all(
          tabs.map((tab) =>
            api.tabs
              .sendMessage(tab.id!, { type: 'navigate', direction: 'next' })
              .catch(() => null),
          ),
        );
      });
    await page.bringToFront();
    const visited: string[] = [];
    for (let i = 0; i < 80 && visited.at(-1) !== title; i++) {
      await next();
      visited.push((await activeText(page)) ?? '');
    }
    expect(visited.at(-1)).toBe(title);
    expect(await waitForDialog(page, 'María José Pinto')).toBe('María José Pinto');
    await next();
    await page.waitForFunction((t) => {
      for (const r of CSS.highlights.get('factcard-active') ?? []) {
        const range = r as AbstractRange;
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        return live.toString().normalize('NFC') !== t;
      }
      return false;
    }, title.normalize('NFC'));
    expect(await activeText(page)).toBe('Ecuador');
    expect(await waitForDialog(page, 'Ecuador')).toBe('Ecuador');
    await popup.close();
    await page.close();
  });
});
