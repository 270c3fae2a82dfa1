import { describe, expect, test } from 'vitest';
import { mentionPoint, openDialogName, waitForDialog } from './helpers/card';
import { alignMentions, openPainted, readPainted, waitForHighlights } from './helpers/highlights';
import { useChromiumSuite } from './helpers/suite';
import { expectedOn, HOVERS, SHORT_FORM_LANGS, shortFormPage } from './short-forms-pages';

// Short forms by rule (a titled given name, a surname, a head word with its article) and
// acronyms the page defines, after the full name and never before it, in the eight languages.
const suite = useChromiumSuite();

describe('short forms and page-defined acronyms in Chromium', () => {
  test.each(SHORT_FORM_LANGS)('%s: marked after the full name, never before', async (lang) => {
    const path = shortFormPage(lang);
    const page = await openPainted(suite.session.context, suite.server.url(path));
    // Uses of an acronym read before its definition are found by a second reading.
    await waitForHighlights(page, expectedOn(path).length);
    const painted = await readPainted(page, '.trap');
    expect(painted.filter((m) => m.marked).map((m) => m.text)).toEqual([]);
    const result = alignMentions(
      expectedOn(path),
      painted.filter((m) => !m.marked).map((m) => m.text),
    );
    expect(result.missed).toEqual([]);
    expect(result.extra).toEqual([]);
    await page.close();
  });

  test.each(SHORT_FORM_LANGS)('%s: a short form or an acronym opens its card', async (lang) => {
    const page = await openPainted(suite.session.context, suite.server.url(shortFormPage(lang)));
    for (const [text, card] of HOVERS[lang]) {
      const point = await mentionPoint(page, text);
      await page.mouse.move(point.x, point.y);
      expect(await waitForDialog(page, card)).toBe(card);
      // Move away and let the card close before the next one.
      await page.keyboard.press('Escape');
      await page.mouse.move(1, 1);
      for (let i = 0; i < 100 && (await openDialogName(page)) !== null; i++) {
        await page.waitForTimeout(50);
      }
    }
    await page.close();
  });

  test('a look-alike page that never names the story gets no mark', async () => {
    const page = await openPainted(
      suite.session.context,
      suite.server.url('short-forms-lookalike.html'),
    );
    expect(await readPainted(page)).toEqual([]);
    await page.close();
  });
});
