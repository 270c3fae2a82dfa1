import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { alignMentions, collectPainted, expectedMentions } from './helpers/highlights';
import { FIXTURES } from './helpers/server';
import { useFirefoxSuite } from './helpers/suite';

// The Firefox build on the same pages: the same mentions, and shadow roots scanned and styled.

const suite = useFirefoxSuite();
const { openPainted } = suite;

test('Firefox: the six language pages are painted as in Chromium', async () => {
  let expected = 0;
  let found = 0;
  for (const lang of ['en', 'pl', 'nl', 'fr', 'ar', 'vi']) {
    const path = `detect-${lang}.html`;
    const page = await openPainted(path);
    const painted = await page.evaluate(collectPainted, '.trap, .risk');
    const list = expectedMentions(readFileSync(join(FIXTURES, path), 'utf8'));
    const result = alignMentions(
      list,
      painted.filter((m) => !m.marked).map((m) => m.text),
    );
    expect(
      painted.filter((m) => m.marked === 'trap'),
      path,
    ).toEqual([]);
    expect(result.extra, path).toEqual([]);
    expected += list.length;
    found += result.found;
    await page.close();
  }
  expect(found / expected).toBeGreaterThanOrEqual(0.95);
});

test('Firefox: open shadow roots are scanned and get the highlight rules', async () => {
  const page = await openPainted('detect-shadow.html');
  await page.waitForFunction(() => (CSS.highlights.get('factcard-mention')?.size ?? 0) >= 8, {
    timeout: 10_000,
  });
  const painted = await page.evaluate(collectPainted, '');
  expect(painted.filter((m) => m.shadow).map((m) => m.text)).toEqual([
    'To Lam',
    'Luong Tam Quang',
    'UNODC',
    'Vietnam',
    'Pham Minh Chinh',
    'Le Hoai Trung',
  ]);
  const adopted = await page.evaluate(() => [
    document.adoptedStyleSheets.length,
    document.querySelector('news-card')!.shadowRoot!.adoptedStyleSheets.length,
  ]);
  // The document's own rules come with its mentions too: the manifest injects none.
  expect(adopted).toEqual([2, 2]);
  await page.close();
});
