import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { syntheticPack } from '../../lib/pack/synthetic-pack';
import { readHighlights, waitForHighlights, waitForPainted } from './helpers/highlights';
import { collectMarks } from './helpers/marks';
import { importThroughOptions } from './helpers/packs';
import { useChromiumSuite } from './helpers/suite';

// With a large set of packs a page gets the matcher of only the names whose keys it holds; text
// that arrives later with other names gets a larger matcher, and what was painted stays right.

const suite = useChromiumSuite();
const pack = syntheticPack(1500, 5, 'many');
const later = pack.entities[700].aliases[0].text;

beforeAll(async () => {
  const path = join(tmpdir(), `factcards-many-${process.pid}.factpack.json`);
  writeFileSync(path, JSON.stringify(pack));
  const options = await suite.session.openExtensionPage('options.html');
  expect(await importThroughOptions(options, path, 60_000)).toMatch(/Imported/);
  await options.close();
  suite.server.add(
    'parts.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Parts</title></head>
    <body><p>Ghada Waly spoke to the press on Monday.</p><div id="feed"></div></body></html>`,
  );
});

const formsOnPage = (page: Page) =>
  page.evaluate(() => {
    const mark = performance.getEntriesByName('factcard-painted')[0] as PerformanceMark;
    return (mark.detail as { forms: number }).forms;
  });

test('a page holds the matcher of its own names, and a later name brings a larger one', async () => {
  const page = await suite.session.context.newPage();
  await page.goto(suite.server.url('parts.html'));
  await waitForHighlights(page);
  expect(await readHighlights(page)).toEqual(['Ghada Waly']);
  // Thousands of forms are installed; the page holds a few of them.
  expect(await formsOnPage(page)).toBeLessThan(200);
  await page.evaluate((name) => {
    document
      .getElementById('feed')
      ?.insertAdjacentHTML('beforeend', `<p>Later that day ${name} met UNODC officials.</p>`);
  }, later);
  await page.waitForFunction(
    () => (CSS.highlights.get('factcard-mention')?.size ?? 0) >= 3,
    undefined,
    { timeout: 10_000 },
  );
  expect(await readHighlights(page)).toEqual(['Ghada Waly', later, 'UNODC']);
  await page.close();
});

// Keys the page found while the detection code loaded bring larger matchers it must start from,
// and a page's matcher keeps the whole set's links: "the event" points back to a ceremony whose
// full name the page never writes.
test.each(['names-en.html', 'names-fr.html'])(
  '%s is painted whole from the matcher of its own names',
  async (file) => {
    const page = await suite.session.context.newPage();
    await page.goto(suite.server.url(file));
    await waitForPainted(page);
    // tsx (and vitest) name inner functions with an `__name` helper the page does not have.
    await page.evaluate('globalThis.__name ??= (f) => f');
    const missed = async () => {
      const { marks } = await page.evaluate(collectMarks);
      return marks.filter((m) => !m.known && !m.painted).map((m) => m.text);
    };
    await expect.poll(missed, { timeout: 10_000 }).toEqual([]);
    expect(await formsOnPage(page)).toBeLessThan(2000);
    await page.close();
  },
);
