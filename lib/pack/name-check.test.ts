import { describe, expect, test } from 'vitest';
import { fixturePack } from '@/tests/unit/fixture-pack';
import { checkPack, checkPackText } from './check';
import { commonNameReason } from './name-check';

describe('commonNameReason', () => {
  test.each([
    ['the', /commonest words of English/],
    ['The', /commonest words of English/],
    ['a', /single letter/],
    ['de', /commonest words of Vietnamese, Dutch, French, Spanish/],
    ['và', /commonest words of Vietnamese/],
    ['der', /commonest words of German/],
    ['la', /commonest words of Vietnamese, French, Spanish/],
    ['i', /single letter/],
    ['w', /single letter/],
    ['en', /commonest words of Dutch, French, Spanish/],
    ['و', /single letter/],
    ['في', /commonest words of Arabic/],
    ['2024', /number/],
    ['25-26', /number/],
    ['\u200b\u200b', /empty once folded/],
    ['\u200d \u2060', /empty once folded/],
    ['A.', /single letter/],
  ])('refuses %j', (name, reason) => {
    expect(commonNameReason(name)).toMatch(reason);
  });

  test.each(['To Lam', 'UN', 'VN', 'ONZ', 'Hanoi', 'Waly', 'G7', 'تو لام', 'Sơn'])(
    'accepts %j',
    (name) => {
      expect(commonNameReason(name)).toBeUndefined();
    },
  );
});

describe('a pack with a name that marks common words', () => {
  test('is refused with the reason, at the alias', () => {
    const pack = fixturePack();
    pack.entities[0].aliases.push({ text: 'the', lang: 'en' }, { text: '\u200b', lang: 'fr' });
    const result = checkPack(pack);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        path: '$.entities[0].aliases[1].text',
        message: expect.stringMatching(/alias "the" is one of the commonest words of English/),
      },
      {
        path: '$.entities[0].aliases[2].text',
        message: 'alias "\\u200b" is empty once folded (only spaces or invisible characters)',
      },
    ]);
  });
});

describe('a pack file saved with a byte-order mark', () => {
  test('is read', () => {
    const result = checkPackText(`\ufeff${JSON.stringify(fixturePack())}`);
    expect(result.ok).toBe(true);
  });

  test('still says where broken JSON breaks', () => {
    const result = checkPackText('\ufeff{\n  "format": 1,\n  "id": oops\n}');
    expect(result.ok || result.problems[0].message).toMatch(/not valid JSON at line 3, column 9/);
  });
});
