import { describe, expect, test } from 'vitest';
import { fixtureDataset } from '@/tests/unit/fixture-dataset';
import { cardView } from './card-view';
import { resolveCardLang, toLang } from './lang';

const { entities, sources } = fixtureDataset();
const [toLam, unodc] = entities;

describe('cardView', () => {
  test('uses the reader language where the dataset has it', () => {
    const card = cardView(toLam, sources, [unodc], 'pl');
    expect(card).toMatchObject({ lang: 'pl', dir: 'ltr', name: 'To Lam', nativeName: 'Tô Lâm' });
    expect(card.description).toBe('To Lam (pl)');
    expect(card.facts[0]).toMatchObject({
      text: 'To Lam coś zrobił.',
      lang: 'pl',
      publisher: 'Paper',
      url: 'https://paper.example/article',
      seedLang: 'pl',
    });
  });

  test('falls back to English text, keeps the card direction of the reader', () => {
    const card = cardView(toLam, sources, [unodc], 'ar');
    expect(card).toMatchObject({ dir: 'rtl', name: 'تو لام', description: 'To Lam (ar)' });
    expect(card.facts[0]).toMatchObject({ text: 'To Lam did something.', lang: 'en' });
  });

  test('counts source articles, not translations, and names related entities', () => {
    const card = cardView(toLam, sources, [unodc], 'en');
    expect(card).toMatchObject({ mentionedIn: 1, sourceCount: 2 });
    expect(card.related).toEqual([{ id: 'unodc', name: 'UNODC' }]);
  });

  test('an article one of its facts quotes counts as mentioning the entity', () => {
    const unmatched = { ...toLam, mentions: [] };
    expect(cardView(unmatched, sources, [], 'en').mentionedIn).toBe(1);
    expect(cardView({ ...unmatched, facts: [] }, sources, [], 'en').mentionedIn).toBe(0);
  });

  test('an empty description in the reader language falls back to English', () => {
    expect(cardView(toLam, sources, [], 'nl').description).toBe('To Lam (en)');
  });

  test('a story written in Polish alone shows its Polish texts on a French page', () => {
    const polish = {
      ...toLam,
      name: { pl: 'Tomasz Lamski' },
      description: { pl: 'Burmistrz' },
      facts: toLam.facts.map((fact) => ({ ...fact, text: { pl: 'Otworzył bibliotekę.' } })),
    };
    const card = cardView(polish, sources, [], 'fr');
    expect(card).toMatchObject({ lang: 'fr', name: 'Tomasz Lamski', description: 'Burmistrz' });
    expect(card.facts[0]).toMatchObject({ text: 'Otworzył bibliotekę.', lang: 'pl' });
  });

  test('a card with no description and no fact yet shows its name alone', () => {
    const bare = { ...toLam, description: {}, facts: [] };
    expect(cardView(bare, sources, [], 'en')).toMatchObject({ description: '', facts: [] });
  });
});

test.each([
  ['pl-PL', 'pl'],
  ['ar', 'ar'],
  ['en_GB', 'en'],
  ['VI', 'vi'],
  ['de-AT', 'de'],
  ['es_MX', 'es'],
  ['it', undefined],
  ['', undefined],
  [null, undefined],
])('toLang(%j) is %j', (tag, lang) => {
  expect(toLang(tag)).toBe(lang);
});

test.each([
  ['auto', 'pl', 'en-US', 'pl'],
  ['auto', 'it', 'fr-FR', 'fr'],
  ['auto', 'es', 'de-DE', 'es'],
  ['auto', null, 'ja', 'en'],
  ['auto', '', '', 'en'],
  ['ar', 'pl', 'en', 'ar'],
  ['xx', 'nl-BE', 'en', 'nl'],
])('resolveCardLang(%j, page %j, ui %j) is %j', (setting, page, ui, lang) => {
  expect(resolveCardLang(setting, page, ui)).toBe(lang);
});
