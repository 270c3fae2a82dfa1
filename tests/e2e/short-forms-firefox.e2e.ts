import { expect, test } from 'vitest';
import { alignMentions, collectPainted } from './helpers/highlights';
import { useFirefoxSuite } from './helpers/suite';
import { expectedOn, SHORT_FORM_LANGS, shortFormPage } from './short-forms-pages';

// The Firefox build on the pages of short forms and page-defined acronyms: the same marks.

const suite = useFirefoxSuite();
const { openPainted } = suite;

test('Firefox: short forms and acronyms are marked after the full name, never before', async () => {
  for (const lang of SHORT_FORM_LANGS) {
    const path = shortFormPage(lang);
    const page = await openPainted(path);
    // Uses of an acronym read before its definition are found by a second reading.
    await page.waitForFunction(
      (n) => (CSS.highlights.get('factcard-mention')?.size ?? 0) >= n,
      { timeout: 10_000 },
      expectedOn(path).length,
    );
    const painted = await page.evaluate(collectPainted, '.trap');
    expect(
      painted.filter((m) => m.marked).map((m) => m.text),
      path,
    ).toEqual([]);
    const result = alignMentions(
      expectedOn(path),
      painted.filter((m) => !m.marked).map((m) => m.text),
    );
    expect(result.missed, path).toEqual([]);
    expect(result.extra, path).toEqual([]);
    await page.close();
  }
});

test('Firefox: a look-alike page that never names the story gets no mark', async () => {
  const page = await openPainted('short-forms-lookalike.html');
  expect(await page.evaluate(collectPainted, '')).toEqual([]);
  await page.close();
});
