import { describe, expect, test } from 'vitest';
import { random } from './synthetic';
import { AROUND, languageWords, vietnameseAround, wordsAround } from './text-language';

const LIST = 'der|des|dem|die|und|für|nicht|zu|het|op|ook';
const WORDS = languageWords(LIST);
// What the loop stands for: the words as whole words in the stretch of text, cut out of it, if
// the whole text holds one as a word.
const REGEX = new RegExp(`(?:^|[^\\p{L}])(?:${LIST})(?![\\p{L}])`, 'iu');
const byRegex = (text: string, from: number, to: number) =>
  REGEX.test(text) &&
  REGEX.test(text.slice(Math.max(0, from - AROUND), Math.min(text.length, to + AROUND)));

describe('wordsAround', () => {
  test.each([
    ['Die Konvention wurde unterzeichnet', true],
    ['DIE KONVENTION', true],
    ['Vietnams president zei ook', true],
    ['für', true],
    ['FÜR alle', true],
    ['ſich und', true], // "und"; ſ folds to s, but "sich" is not listed
    ['OO\u212A', true], // the Kelvin sign folds to k: "ook"
    ['Dieter and Desmond', false],
    ['underground operation', false],
    ['order, des-', true],
    ['x\u0301der', true], // a mark is no letter
    ['\u{1D400}der', false], // an astral letter before
    ['\u{1F600}der', true], // an emoji before
    ['der\u{1D400}', false],
    ['Hanoi Convention signed in the capital', false],
  ])('%j: %s', (text, expected) => {
    expect(wordsAround(text, 0, text.length, WORDS)).toBe(expected);
    expect(byRegex(text, 0, text.length)).toBe(expected);
  });

  test('reads only the stretch around the mention, a word cut at its edge only if the text holds one', () => {
    const far = `der ${'x'.repeat(AROUND + 10)}NAME`;
    const at = far.indexOf('NAME');
    expect(wordsAround(far, at, at + 4, WORDS)).toBe(false);
    // The stretch starts inside "xder": its "der" reads as a word only where the text has one.
    const cut = `xder ${'y'.repeat(AROUND - 5)} NAME`;
    const name = cut.indexOf('NAME');
    expect(name - AROUND).toBe(cut.indexOf('der'));
    expect(wordsAround(cut, name, name + 4, WORDS)).toBe(false);
    const held = `${cut} und`;
    expect(wordsAround(held, name, name + 4, WORDS)).toBe(true);
  });

  test('asked again about the same text, answers from what it read of the whole', () => {
    const text = `Vietnam ${'y'.repeat(3 * AROUND)} und`;
    expect(wordsAround(text, 0, 7, WORDS)).toBe(false);
    expect(wordsAround(text, text.length - 3, text.length, WORDS)).toBe(true);
    expect(wordsAround('Vietnam', 0, 7, WORDS)).toBe(false);
  });

  test('says what the regular expression says on random text', () => {
    const rnd = random(21);
    const seen = new Set<boolean>();
    const pieces = [
      ...LIST.split('|'),
      'Der',
      'DES',
      'Für',
      'ook',
      'OP',
      'x',
      'é',
      ' ',
      ',',
      '-',
      '\u0301',
      '\u212a',
      '\u017f',
      '\u00dc',
      '\u{1D400}',
      '\u{1F600}',
      '\ud835',
      '\udc00',
      '3',
      'ь',
    ];
    for (let n = 0; n < 3000; n++) {
      let text = '';
      const parts = 1 + Math.floor(rnd() * 60);
      for (let k = 0; k < parts; k++) {
        text += pieces[Math.floor(rnd() * pieces.length)];
        if (rnd() < 0.2) text += 'z'.repeat(Math.floor(rnd() * 120));
      }
      const from = Math.floor(rnd() * (text.length + 1));
      const to = Math.min(text.length, from + Math.floor(rnd() * 10));
      const expected = byRegex(text, from, to);
      expect(wordsAround(text, from, to, WORDS), JSON.stringify(text)).toBe(expected);
      seen.add(expected);
    }
    expect(seen.size).toBe(2);
  });

  test('refuses a word the case rules here do not cover', () => {
    expect(() => languageWords('der|één')).toThrow(/a-z or ü/);
  });
});

describe('vietnameseAround', () => {
  const at = (text: string, name: string) => {
    const start = text.indexOf(name);
    return vietnameseAround(text, start, start + name.length);
  };
  test.each([
    ['a common word with a Vietnamese letter', 'Chính phủ cam kết thực hiện.', 'Chính', true],
    ['decomposed letters', 'Chi\u0301nh phu\u0309 cam kê\u0301t.'.normalize('NFD'), 'Chi', true],
    ['written without marks', 'Chinh phu cua Viet Nam cam ket.', 'Chinh', true],
    [
      'names with marks in English prose',
      'President Lương Cường met Phạm Minh Chính. Chính said so.',
      'Chính said',
      false,
    ],
    ['French prose', 'Le Premier ministre a reçu la délégation ; Chinh a plaidé.', 'Chinh', false],
    ['Polish prose', 'Cuong podkreślił wagę współpracy z ONZ.', 'Cuong', false],
    ['a Vietnamese word beyond AROUND', `Chinh said so.${' x'.repeat(AROUND)} của`, 'Chinh', false],
  ])('%s', (_what, text, name, vietnamese) => {
    expect(at(text, name)).toBe(vietnamese);
  });
});
