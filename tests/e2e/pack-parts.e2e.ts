import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, test } from 'vitest';
import { syntheticPack } from '../../lib/pack/synthetic-pack';
import { readHighlights, waitForHighlights } from './helpers/highlights';
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
