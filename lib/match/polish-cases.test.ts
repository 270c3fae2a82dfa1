import { describe, expect, test } from 'vitest';
import { foldString } from './fold';
import { masculineLocative, polishPersonCases, polishPhraseCases } from './polish-cases';

/** The cases of a name as folded strings; its capitals are the first letter of each word. */
function cases(name: string, of = polishPhraseCases): string[] {
  const key = Array.from(foldString(name), (c) => c.charCodeAt(0));
  const upper = [0, ...[...name].flatMap((c, i) => (c === ' ' ? [i + 1] : []))].filter((i) =>
    /\p{Lu}/u.test(name[i]),
  );
  return of(key, upper).map((form) => String.fromCharCode(...form.key));
}

describe("a foreign man's name in Polish: its first word takes the case ending too", () => {
  test.each([
    [
      'Luong Cuong',
      ['luonga cuong', 'luongowi cuong', 'luongem cuong', 'luongiem cuong', 'luongu cuong'],
    ],
    [
      'Pham Minh Chinh',
      [
        'phama minh chinh',
        'phamowi minh chinh',
        'phamem minh chinh',
        'phamiem minh chinh',
        'phamu minh chinh',
      ],
    ],
    // A first word on a vowel keeps its form ("z To Lamem"); a title in small letters is no name.
    ['To Lam', []],
    ['premier Pham Minh Chinh', []],
  ])('%s', (name, expected) => {
    expect(cases(name, polishPersonCases)).toEqual(expected);
  });
});

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
    // A hard stem changes its consonant in the dative and locative ("w Radzie", "w Karcie").
    [
      'Rada Bezpieczeństwa',
      ['rady bezpieczenstwa', 'rade bezpieczenstwa', 'radzie bezpieczenstwa'],
    ],
    [
      'Karta Narodów Zjednoczonych',
      [
        'karty narodow zjednoczonych',
        'karte narodow zjednoczonych',
        'karcie narodow zjednoczonych',
      ],
    ],
    ['Nowa Wspólnota', ['nowej wspolnoty', 'nowa wspolnote', 'nowej wspolnocie']],
    ['Maria Jose Pinto', ['marii jose pinto', 'marie jose pinto']],
  ])('%s', (name, expected) => {
    expect(cases(name)).toEqual(expected);
  });

  test.each([
    [
      'Ministerstwo Spraw Zagranicznych',
      [
        'ministerstwa spraw zagranicznych',
        'ministerstwu spraw zagranicznych',
        'ministerstwem spraw zagranicznych',
      ],
    ],
    ['Biuro Prawne ONZ', ['biura prawnego onz', 'biuru prawnemu onz', 'biurem prawnym onz']],
    [
      'Komitet Centralny Komunistycznej Partii',
      [
        'komitetu centralnego komunistycznej partii',
        'komitetowi centralnemu komunistycznej partii',
        'komitetem centralnym komunistycznej partii',
      ],
    ],
    [
      'Ministerstwo Obrony Narodowej',
      [
        'ministerstwa obrony narodowej',
        'ministerstwu obrony narodowej',
        'ministerstwem obrony narodowej',
      ],
    ],
    [
      'Krajowy Zjazd Partii',
      ['krajowego zjazdu partii', 'krajowemu zjazdowi partii', 'krajowym zjazdem partii'],
    ],
    // The number that says which one keeps its form.
    [
      'XIV Krajowy Zjazd Partii',
      [
        'xiv krajowego zjazdu partii',
        'xiv krajowemu zjazdowi partii',
        'xiv krajowym zjazdem partii',
      ],
    ],
    [
      'XIV Zjazd Krajowy KPW',
      ['xiv zjazdu krajowego kpw', 'xiv zjazdowi krajowemu kpw', 'xiv zjazdem krajowym kpw'],
    ],
  ])('a name led by a masculine or neuter head word: %s', (name, expected) => {
    // Its own three cases first; the other order of head and adjective follows (below).
    expect(cases(name).slice(0, 3)).toEqual(expected);
  });

  test.each([
    [
      'XIV Zjazd Krajowy KPW',
      [
        'xiv krajowy zjazd kpw',
        'xiv krajowego zjazdu kpw',
        'xiv krajowemu zjazdowi kpw',
        'xiv krajowym zjazdem kpw',
      ],
    ],
    [
      'Komitet Centralny Komunistycznej Partii',
      [
        'centralny komitet komunistycznej partii',
        'centralnego komitetu komunistycznej partii',
        'centralnemu komitetowi komunistycznej partii',
        'centralnym komitetem komunistycznej partii',
      ],
    ],
    // No adjective beside the head: one order.
    ['Ministerstwo Obrony Narodowej', []],
  ])('a head and its adjective the other way round, in its cases: %s', (name, expected) => {
    expect(cases(name).slice(3)).toEqual(expected);
  });

  test('a head word in small letters still leads the name', () => {
    expect(cases('ministerstwo Finansów')).toEqual([
      'ministerstwa finansow',
      'ministerstwu finansow',
      'ministerstwem finansow',
    ]);
  });

  test('a feminine head word in small letters leads a name with capitals after it', () => {
    expect(cases('konwencja z Hanoi')).toEqual(['konwencji z hanoi', 'konwencje z hanoi']);
  });

  test('a feminine head word leads a generic name all in small letters: its genitive', () => {
    const generic = (key: readonly number[], upper: readonly number[]) =>
      polishPhraseCases(key, upper, false, true);
    // Not the accusative, which folds to the plural ("kancelarie prezydenta").
    expect(cases('kancelaria prezydenta', generic)).toEqual(['kancelarii prezydenta']);
    expect(cases('konferencja wysokiego szczebla', generic)).toEqual([
      'konferencji wysokiego szczebla',
    ]);
    // A short form made by rule is no generic name: left to the endings at match time.
    expect(cases('agencja onz')).toEqual([]);
  });

  test('a masculine name that is no head word is left to the endings at match time', () => {
    expect(cases('Luong Tam Quang')).toEqual([]);
    expect(cases('Centrum Szkoleniowe')).toEqual([]);
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

test('a masculine noun whose last consonant changes in the locative', () => {
  const locative = (word: string) => {
    const form = masculineLocative(Array.from(word, (c) => c.charCodeAt(0)));
    return form && String.fromCharCode(...form);
  };
  expect(locative('traktat')).toBe('traktacie');
  expect(locative('dokument')).toBe('dokumencie');
  expect(locative('tekst')).toBe('tekscie');
  // An ending the match takes at the end ("Ekwadorze"), or a phrase, gives none here.
  expect(locative('ekwador')).toBeNull();
  expect(locative('traktat onz')).toBeNull();
});
