import { describe, expect, test } from 'vitest';
import { foldText } from './fold';
import { compileMatcher } from './matcher';
import { syntheticAliases, syntheticParagraphs } from './synthetic';
import type { AliasSpec } from './types';

const spec = (text: string, entityId: string, lang = 'en'): AliasSpec => ({ text, entityId, lang });
const found = (specs: AliasSpec[], text: string) =>
  compileMatcher(specs)
    .find(text)
    .map((m) => [m.entityId, m.alias, text.slice(m.start, m.end)]);

describe('spec lists', () => {
  test.each([
    ['same text: first spec wins', [spec('Lam', 'a'), spec('Lam', 'b')], 'Lam', [['a', 0, 'Lam']]],
    [
      'same folded text: first spec wins',
      [spec('Lâm', 'a'), spec('Lam', 'b')],
      'Lam',
      [['a', 0, 'Lam']],
    ],
    [
      'case-rejected first spec gives way',
      [spec('ONU', 'a'), spec('onu', 'b')],
      'onu',
      [['b', 1, 'onu']],
    ],
    [
      'case-accepted first spec wins',
      [spec('ONU', 'a'), spec('onu', 'b')],
      'ONU',
      [['a', 0, 'ONU']],
    ],
    [
      'leftmost beats longer',
      [spec('A B', 'ab'), spec('B C D', 'bcd')],
      'A B C D',
      [['ab', 0, 'A B']],
    ],
    ['longest at the same start', [spec('A', 'a'), spec('A B', 'ab')], 'A B', [['ab', 1, 'A B']]],
    [
      'adjacent mentions',
      [spec('A', 'a'), spec('B', 'b')],
      'A B',
      [
        ['a', 0, 'A'],
        ['b', 1, 'B'],
      ],
    ],
    ['Polish ending only after a letter', [spec('G7', 'g7', 'pl')], 'G7 i G7a', [['g7', 0, 'G7']]],
    [
      'Polish ending beats a shorter rival',
      [spec('Lam', 'en'), spec('Lam', 'pl', 'pl')],
      'Dziękujemy Lamowi',
      [['pl', 1, 'Lamowi']],
    ],
    [
      'an inflected first name stands for its spec',
      [spec('Maria Jose Pinto', 'mjp', 'pl')],
      'wizyta Marii Jose Pinto się udała',
      [['mjp', 0, 'Marii Jose Pinto']],
    ],
    [
      'only capitalised words in -a are inflected',
      [spec('premiera Pham Minh Chinh', 'pmc', 'pl')],
      'premiery Pham Minh Chinh się',
      [],
    ],
    [
      'a generic spec alone',
      [{ ...spec('Bộ Tài chính', 'mof', 'vi'), generic: true }, spec('Tô Lâm', 'tl', 'vi')],
      'Bộ Tài chính Mỹ',
      [],
    ],
    [
      'a generic spec beside another',
      [{ ...spec('Bộ Tài chính', 'mof', 'vi'), generic: true }, spec('Tô Lâm', 'tl', 'vi')],
      'Tô Lâm, Bộ Tài chính',
      [
        ['tl', 1, 'Tô Lâm'],
        ['mof', 0, 'Bộ Tài chính'],
      ],
    ],
    ['Arabic clitic only for Arabic aliases', [spec('هانوي', 'h')], 'وهانوي', []],
    [
      'alias that starts with punctuation',
      [spec("'s-Hertogenbosch", 'den-bosch', 'nl')],
      "in 's-Hertogenbosch",
      [['den-bosch', 0, "'s-Hertogenbosch"]],
    ],
  ])('%s', (_, specs, text, expected) => {
    expect(found(specs, text)).toEqual(expected);
  });

  test('empty spec list', () => {
    const m = compileMatcher([]);
    expect(m.size).toBe(0);
    expect(m.find('To Lam')).toEqual([]);
  });

  test('size leaves out aliases that fold to nothing and exact repeats', () => {
    const m = compileMatcher([
      spec('', 'a'),
      spec(' \u200b ', 'b'),
      spec('X', 'c'),
      spec('X', 'd'),
      spec('X', 'e', 'fr'),
    ]);
    expect(m.size).toBe(2);
    expect(found([spec('', 'a'), spec('X', 'c')], 'X')).toEqual([['c', 1, 'X']]);
  });
});

describe('synthetic data', () => {
  const specs = syntheticAliases(2000, 3);
  const matcher = compileMatcher(specs);
  const paragraphs = syntheticParagraphs(50_000, specs, 4);

  test('every mention folds to its alias, plus at most a Polish ending', () => {
    let count = 0;
    for (const text of paragraphs) {
      for (const m of matcher.find(text)) {
        const page = foldText(text.slice(m.start, m.end)).folded;
        const alias = foldText(specs[m.alias].text).folded;
        expect(page.startsWith(alias)).toBe(true);
        expect(page.length - alias.length).toBeLessThanOrEqual(
          specs[m.alias].lang === 'pl' ? 3 : 0,
        );
        count++;
      }
    }
    expect(count).toBeGreaterThan(50);
  });

  test('mentions are in order and do not overlap', () => {
    for (const text of paragraphs) {
      const ms = matcher.find(text);
      for (let i = 1; i < ms.length; i++) expect(ms[i].start).toBeGreaterThanOrEqual(ms[i - 1].end);
    }
  });
});
