import { describe, expect, test } from 'vitest';
import { marksFit, syllablesOf, toneKey, toneTable } from './tone-marks';

describe('Vietnamese tone marks', () => {
  test.each([
    ['Hòa', 'hoà', true],
    ['thủy', 'THUỶ', true],
    ['lễ', 'lệ', false],
    ['quỹ', 'quy', false],
    ['Đà', 'da', false],
    ['Hanoï', 'hanoi', true],
  ])('%s and %s are written alike: %s', (a, b, same) => {
    expect(toneKey(a) === toneKey(b)).toBe(same);
  });

  const table = toneTable(['lễ khai mạc', 'Lê Hoài Trung', 'quỹ']);
  const vietnamese = (word: string) => `Theo ${word} của Liên hợp quốc, các nước ký.`;

  test.each([
    // Written as the vocabulary writes it, or as another of its words ("Lê").
    [vietnamese('lễ'), 'lễ', true],
    [vietnamese('Lê'), 'Lê', true],
    // Another word that folds alike, in Vietnamese written with its marks.
    [vietnamese('thông lệ'), 'lệ', false],
    // An unmarked one is read where asked to (a head word: "quy" of "quy định" is no "quỹ").
    [vietnamese('quy định'), 'quy', true],
    // Not Vietnamese around: a French "le", an English text with one marked name.
    ["le traité de l'ONU, signé à Hanoï", 'le', true],
    ['Lương Cường met Le Hoai Trung; Le said the treaty was ready.', 'Le said', true],
    // Syllables the vocabulary does not hold are not read.
    [vietnamese('Liên hợp quốc'), 'Liên hợp quốc', true],
  ])('%s: "%s" fits %s', (text, word, fits) => {
    const from = text.lastIndexOf(word);
    expect(marksFit(table, text, from, from + word.length)).toBe(fits);
  });

  test('a syllable without marks is read where asked to', () => {
    const text = vietnamese('quy định');
    const from = text.indexOf('quy');
    expect(marksFit(table, text, from, from + 3, true)).toBe(false);
  });

  test('an empty table fits anything, and syllables travel as text', () => {
    expect(marksFit(toneTable(['']), 'thông lệ', 6, 8)).toBe(true);
    expect(syllablesOf(['Lễ khai mạc', 'lễ ký'])).toBe('lễ khai mạc ký');
    expect(toneTable(syllablesOf(['Lễ khai mạc']).split(' '))).toEqual(toneTable(['lễ khai mạc']));
  });
});
