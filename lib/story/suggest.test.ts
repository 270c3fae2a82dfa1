import { describe, expect, test } from 'vitest';
import { foldText } from '../match/fold';
import { ar } from './fixtures/ar';
import { de } from './fixtures/de';
import { en } from './fixtures/en';
import { es } from './fixtures/es';
import { fr } from './fixtures/fr';
import * as news from './fixtures/news';
import { nl } from './fixtures/nl';
import { pl } from './fixtures/pl';
import { vi } from './fixtures/vi';
import { knownNames } from './known';
import { MAX_SUGGESTIONS, suggestNames } from './suggest';

const FIXTURES = { en, vi, pl, nl, fr, ar, de, es };
const PAGES = [
  ...Object.entries(FIXTURES),
  ...Object.entries(news).map(([lang, fixture]) => [`${lang}, other news`, fixture] as const),
];

describe.each(PAGES)('suggestions in %s', (_lang, fixture) => {
  const found = suggestNames({ text: fixture.text, lang: fixture.lang });
  const names = found.map((s) => s.name);

  test.each(fixture.names)('proposes %s (%s)', (name, type) => {
    expect(names).toContain(name);
    expect(found.find((s) => s.name === name)?.type).toBe(type);
  });

  test.each(fixture.traps)('does not propose "%s"', (trap) => {
    const starts = (name: string) => foldText(name).folded.split(' ')[0] === foldText(trap).folded;
    expect(names.filter((n) => n === trap || (starts(n) && n.split(' ').length > 1))).toEqual([]);
  });

  test('at most 25, best first', () => {
    expect(found.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
    const scores = found.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('suggestNames', () => {
  test('counts every form of a name, and gives the one without a case ending', () => {
    const text =
      'Rozmowy z To Lamem trwały długo. Sekretarz generalny To Lam przemówił. Podziękował To Lamowi.';
    const [first] = suggestNames({ text, lang: 'pl' });
    expect(first).toMatchObject({ name: 'To Lam', type: 'person', count: 3 });
  });

  test('an acronym defined in brackets is a form of its name', () => {
    const found = suggestNames({ text: en.text, lang: 'en' });
    const office = found.find((s) => s.name.startsWith('United Nations Office'));
    expect(office).toMatchObject({ acronym: 'UNODC' });
    expect(office?.forms).toContain('UNODC');
    expect(found.map((s) => s.name)).not.toContain('UNODC');
  });

  test('a name the story shares with its other articles comes first', () => {
    const text = 'Mayor Anna Berg met Karl Lind. Karl Lind spoke. Anna Berg spoke too.';
    const others = [{ text: 'Rapport: Anna Berg a signé.', lang: 'fr' as const }];
    const found = suggestNames({ text, lang: 'en' }, { others });
    expect(found[0]).toMatchObject({ name: 'Anna Berg', articles: 1 });
  });

  test('names other packs know are found in any case, with their type', () => {
    const known = knownNames([{ text: 'Konwencja z Hanoi', lang: 'pl', type: 'document' }]);
    const text = 'Delegaci rozmawiali o konwencji. Podpisanie Konwencji z Hanoi trwało godzinę.';
    const found = suggestNames({ text, lang: 'pl' }, { known });
    expect(found[0]).toMatchObject({ name: 'Konwencji z Hanoi', type: 'document' });
  });

  test('a text without names gives none', () => {
    expect(suggestNames({ text: 'It rained all day, and then it stopped.', lang: 'en' })).toEqual(
      [],
    );
  });
});
