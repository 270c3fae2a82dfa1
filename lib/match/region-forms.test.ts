import { describe, expect, test } from 'vitest';
import { capitalForms, stateOf, stateRegionForms } from './region-forms';
import type { AliasSpec } from './types';

const place = (text: string, lang: string): AliasSpec => ({
  text,
  lang,
  entityId: 'p',
  type: 'place',
});

describe('a state described by its regions once named', () => {
  test('the state a place names, in any of its languages; a city names none', () => {
    expect(stateOf([place('Việt Nam', 'vi')])).toBe('VN');
    expect(stateOf([place('Équateur', 'fr')])).toBe('EC');
    expect(stateOf([place('Hanoi', 'en')])).toBeUndefined();
  });

  test.each([
    ['Vietnam', 'en', ['the Asian country', 'the Southeast Asian nation']],
    ['Vietnam', 'es', ['el país asiático', 'del país del sudeste asiático']],
    ['Vietnam', 'nl', ['het Zuidoost-Aziatische land']],
    ['Ecuador', 'de', ['das südamerikanische Land', 'des lateinamerikanischen Landes']],
    ['Ecuador', 'es', ['el país andino', 'la nación sudamericana']],
    ['Kenya', 'fr', ['le pays africain', 'la nation africaine']],
    // A state a communist party rules, by its creed.
    ['Vietnam', 'nl', ['het communistische land']],
    ['Vietnam', 'en', ['the communist-ruled country']],
    ['Vietnam', 'pl', ['komunistyczny kraj', 'komunistycznego kraju', 'azjatyckiego kraju']],
    ['Vietnam', 'es', ['la nación del sudeste asiático']],
    // The state as a party to talks, by its adjective.
    ['Vietnam', 'fr', ['la partie vietnamienne']],
    ['Vietnam', 'ar', ['الجانب الفيتنامي']],
    ['Vietnam', 'pl', ['po stronie wietnamskiej']],
    ['Ecuador', 'nl', ['de Ecuadoraanse kant']],
  ])('%s (%s)', (name, lang, expected) => {
    const texts = stateRegionForms([place(name, 'en')])
      .filter((form) => form.lang === lang)
      .map((form) => form.text);
    for (const text of expected) expect(texts).toContain(text);
  });

  test('none for a place that is no state, nor the regions a state is not in', () => {
    expect(stateRegionForms([place('Hanoi', 'en')])).toEqual([]);
    const texts = stateRegionForms([place('Vietnam', 'en')]).map((form) => form.text);
    expect(texts).not.toContain('the African country');
    expect(texts).not.toContain('el país sudamericano');
    const ecuador = stateRegionForms([place('Ecuador', 'en')]).map((form) => form.text);
    expect(ecuador).not.toContain('the communist country');
  });
});

test('no side in English (a team), German or Polish (a web page)', () => {
  const texts = stateRegionForms([place('Vietnam', 'en')]).map((form) => form.text);
  expect(texts).not.toContain('the Vietnamese side');
  expect(texts).not.toContain('die vietnamesische Seite');
  expect(texts).not.toContain('strona wietnamska');
});

describe('a capital is "its capital" once named', () => {
  test('a place a name of which holds the word for a capital', () => {
    const texts = capitalForms([place('Hanoi', 'en'), place('Hauptstadt Vietnams', 'de')]);
    expect(texts).toContainEqual({ text: 'seiner Hauptstadt', lang: 'de' });
    expect(texts).toContainEqual({ text: 'zijn hoofdstad', lang: 'nl' });
    expect(texts).toContainEqual({ text: 'sa capitale', lang: 'fr' });
    // English and Spanish say so of money as often: "the bank raised its capital".
    expect(texts).not.toContainEqual({ text: 'its capital', lang: 'en' });
    expect(texts).not.toContainEqual({ text: 'su capital', lang: 'es' });
    // Not "the capital": a page goes on to the capital it is written in.
    expect(texts).not.toContainEqual({ text: 'der Hauptstadt', lang: 'de' });
    expect(texts).not.toContainEqual({ text: 'la capital', lang: 'es' });
  });

  test('none for a place no name of which says it is a capital', () => {
    expect(capitalForms([place('Ecuador', 'en'), place('Quito Province', 'en')])).toEqual([]);
    // The word inside another word is not it: "Capitalville".
    expect(capitalForms([place('Capitalville', 'en')])).toEqual([]);
  });
});
