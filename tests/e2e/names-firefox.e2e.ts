import { expect, test } from 'vitest';
import { NAME_PAGES } from '../unit/marked-page';
import { hoverForCard } from './helpers/firefox';
import { collectMarks, markPoint } from './helpers/marks';
import { useFirefoxSuite } from './helpers/suite';

// The name-rule pages in the Firefox build: the same marks as in Chromium (names.e2e.ts), and a
// hovered generic name opens a card.

const suite = useFirefoxSuite();

test.each(NAME_PAGES)('Firefox, %s: exactly the declared marks', async (file) => {
  const page = await suite.openPainted(file);
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
