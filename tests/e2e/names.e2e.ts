import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { NAME_LANGS, NAME_PAGES } from '../unit/marked-page';
import { openDialogName, waitForDialog } from './helpers/card';
import { openPainted } from './helpers/highlights';
import { collectMarks, type DeclaredMark, markPoint } from './helpers/marks';
import { useChromiumSuite } from './helpers/suite';

// The name rules on pages written the way each language's press writes: every word the
// highlight holds is one the page declares (<span data-mark>, tests/e2e/fixtures/names-*.html),
// no other thing's name is marked, a page of other news gets no mark at all, and hovering a name
// opens its own card.

const DATASET = join(import.meta.dirname, '..', '..', 'public', 'dataset.json');
interface Entity {
  id: string;
  name: Record<string, string>;
}

/** The card's accessible name for an entity on a page in `lang`: its name in that language. */
function cardName(entity: string, lang: string): string {
  const entities = (JSON.parse(readFileSync(DATASET, 'utf8')) as { entities: Entity[] }).entities;
  const found = entities.find((e) => e.id === entity);
  if (!found) throw new Error(`No entity ${entity} in the dataset`);
  return found.name[lang];
}

const suite = useChromiumSuite();

async function readMarks(page: Page) {
  // tsx (and vitest) name inner functions with an `__name` helper the page does not have.
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.evaluate(collectMarks);
}

/** Hovers the mark's first letters and returns the card that opens, then closes it. */
async function hoverCard(page: Page, mark: DeclaredMark, expected: string): Promise<string> {
  const at = await page.evaluate(markPoint, mark.id);
  if (!at) throw new Error(`No box for "${mark.text}"`);
  await page.mouse.move(at.x, at.y);
  const name = await waitForDialog(page, expected).catch(async () =>
    String(await openDialogName(page)),
  );
  await page.mouse.move(2, 2);
  await page.keyboard.press('Escape');
  await expect.poll(() => openDialogName(page), { timeout: 5000 }).toBeNull();
  return name;
}

const tally = new Map<string, { expected: number; found: number }>();
const count = (key: string, found: boolean) => {
  const t = tally.get(key) ?? { expected: 0, found: 0 };
  t.expected++;
  if (found) t.found++;
  tally.set(key, t);
};
const knownLeft: string[] = [];

describe('the name rules in Chromium, page by page', () => {
  test.each(NAME_PAGES)('%s: exactly the declared marks, and their cards', async (file) => {
    const lang = /names-(?:elsewhere-)?(\w+)\.html/.exec(file)![1];
    const page = await openPainted(suite.session.context, suite.server.url(file));
    const { marks, extra } = await readMarks(page);
    for (const m of marks) count(`${lang} ${m.kind}`, m.painted);
    knownLeft.push(
      ...marks.filter((m) => m.known && !m.painted).map((m) => `${file}: missed ${m.text}`),
      ...extra.filter((e) => e.known).map((e) => `${file}: marked ${e.text}`),
    );
    expect(marks.filter((m) => !m.known && !m.painted).map((m) => m.text)).toEqual([]);
    expect(extra.filter((e) => !e.known).map((e) => e.text)).toEqual([]);
    if (file.includes('elsewhere')) expect(marks).toEqual([]);
    for (const mark of marks.filter((m) => m.hover && m.painted)) {
      const expected = cardName(mark.entity, lang);
      expect(await hoverCard(page, mark, expected), mark.text).toBe(expected);
    }
    await page.close();
  });

  test('every language has plain and generic names, and every mark was found', () => {
    console.info(
      [...tally].map(([key, { expected, found }]) => `${key}: ${found}/${expected}`).join('\n'),
      '\nknown misses left:',
      knownLeft,
    );
    for (const lang of NAME_LANGS) {
      for (const kind of ['plain', 'generic']) {
        expect(tally.get(`${lang} ${kind}`)?.expected ?? 0, `${lang} ${kind}`).toBeGreaterThan(2);
      }
    }
  });
});

// A page that names nothing else of the story: its one generic name is still marked, and its
// card opens.
const ALONE: Record<string, [string, string, string]> = {
  en: ['UN peacekeepers patrolled the border on Monday.', 'UN', 'united-nations'],
  de: ['Die Verlängerung der UN-Mission ist beschlossen.', 'UN', 'united-nations'],
  nl: ['De VN-vredesmacht blijft nog een jaar in het gebied.', 'VN', 'united-nations'],
  fr: ["La réunion a eu lieu au siège de l'ONU à New York.", 'ONU', 'united-nations'],
  es: ['Las fuerzas de paz de la ONU patrullan la frontera.', 'ONU', 'united-nations'],
  pl: ['Delegacja przyjechała do Wietnamu we wtorek.', 'Wietnamu', 'vietnam'],
  vi: ['Đoàn đại biểu đến trụ sở Liên hợp quốc tại New York.', 'Liên hợp quốc', 'united-nations'],
  ar: ['زار الوفد شمال فيتنام الأسبوع الماضي.', 'فيتنام', 'vietnam'],
};

describe('a generic name alone on a page', () => {
  test.each(NAME_LANGS)('%s: marked, and its card opens', async (lang) => {
    const [sentence, name, entity] = ALONE[lang];
    const marked = sentence.replace(
      name,
      `<span data-mark="generic" data-entity="${entity}">${name}</span>`,
    );
    suite.server.add(
      `/alone-${lang}.html`,
      `<!doctype html><html lang="${lang}"><meta charset="utf-8"><title>${lang}</title><p>${marked}</p></html>`,
    );
    const page = await openPainted(suite.session.context, suite.server.url(`alone-${lang}.html`));
    const { marks, extra } = await readMarks(page);
    expect(marks.map((m) => [m.text, m.painted])).toEqual([[name, true]]);
    expect(extra).toEqual([]);
    const expected = cardName(entity, lang);
    expect(await hoverCard(page, marks[0], expected)).toBe(expected);
    await page.close();
  });
});
