import { expect, test } from 'vitest';
import { packTitle, pick } from './lang';

test.each([
  ['the language asked for', { en: 'Harbour Library', fr: 'Bibliothèque du Port' }, 'fr', 'fr'],
  ['English when the language has none', { en: 'Harbour Library', fr: 'Bibliothèque' }, 'ar', 'en'],
  [
    'the first language given when there is no English',
    { pl: 'Biblioteka', nl: 'Bibliotheek' },
    'ar',
    'pl',
  ],
  ['an empty text counts as none', { en: '', de: 'Hafenbibliothek' }, 'fr', 'de'],
] as const)('pick gives %s', (_case, texts, lang, expected) => {
  const picked = pick(texts, lang);
  expect(picked.lang).toBe(expected);
  expect(picked.text).toBe(texts[expected as keyof typeof texts]);
});

test('pick gives an empty text in the language asked for when there is none at all', () => {
  expect(pick({}, 'vi')).toEqual({ text: '', lang: 'vi' });
});

test('a pack is named in the card language when it gives a title in it', () => {
  const pack = { title: 'Harbour stories', titles: { pl: 'Opowieści portowe' } };
  expect(packTitle(pack, 'pl')).toBe('Opowieści portowe');
  expect(packTitle(pack, 'fr')).toBe('Harbour stories');
  expect(packTitle({ title: 'Harbour stories' }, 'pl')).toBe('Harbour stories');
});
