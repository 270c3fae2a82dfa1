import { describe, expect, test } from 'vitest';
import { stateOf, stateRegionForms } from './region-forms';
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
  });
});
