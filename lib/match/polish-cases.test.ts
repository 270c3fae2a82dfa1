import { describe, expect, test } from 'vitest';
import { foldString } from './fold';
import { polishPhraseCases } from './polish-cases';

/** The cases of a name as folded strings; its capitals are the first letter of each word. */
function cases(name: string): string[] {
  const key = Array.from(foldString(name), (c) => c.charCodeAt(0));
  const upper = [0, ...[...name].flatMap((c, i) => (c === ' ' ? [i + 1] : []))].filter((i) =>
    /\p{Lu}/u.test(name[i]),
  );
  return polishPhraseCases(key, upper).map((form) => String.fromCharCode(...form.key));
}

describe('a Polish feminine name in the other cases', () => {
  test.each([
    [
      'Wietnamska Agencja Informacyjna',
      ['wietnamskiej agencji informacyjnej', 'wietnamska agencje informacyjna'],
    ],
    [
      'Komunistyczna Partia Wietnamu',
      ['komunistycznej partii wietnamu', 'komunistyczna partie wietnamu'],
    ],
    ['Rada Bezpieczeństwa', ['rady bezpieczenstwa', 'rade bezpieczenstwa']],
    ['Maria Jose Pinto', ['marii jose pinto', 'marie jose pinto']],
  ])('%s', (name, expected) => {
    expect(cases(name)).toEqual(expected);
  });

  test('one word, words in small letters, and complements after the noun change nothing', () => {
    expect(cases('Agencja')).toEqual([]);
    expect(cases('konferencja wysokiego szczebla')).toEqual([]);
    expect(cases('To Lam')).toEqual([]);
    expect(cases('Konferencja Wysokiego Szczebla')).toEqual([
      'konferencji wysokiego szczebla',
      'konferencje wysokiego szczebla',
    ]);
  });

  test("the capitals move with the words' new lengths", () => {
    const name = 'Wietnamska Agencja Informacyjna';
    const key = Array.from(foldString(name), (c) => c.charCodeAt(0));
    const [genitive] = polishPhraseCases(key, [0, 11, 19]);
    expect(genitive.upper).toEqual([0, 13, 21]);
  });
});
