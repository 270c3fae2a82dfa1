import { describe, expect, test } from 'vitest';
import { endAfterMarks, foldString, foldText, foldWords } from './fold';

describe('foldText', () => {
  test.each([
    ['ASCII case', 'To Lam', 'to lam'],
    ['Vietnamese NFC', 'Tô Lâm', 'to lam'],
    ['Vietnamese NFD', 'Tô Lâm'.normalize('NFD'), 'to lam'],
    [
      'Vietnamese đ and horn',
      'Đặng Thị Ngọc Thịnh, Nguyễn Phú Trọng, ưu',
      'dang thi ngoc thinh, nguyen phu trong, uu',
    ],
    ['Polish letters', 'Łódź, Gdańsk, źdźbło', 'lodz, gdansk, zdzblo'],
    ['ß expands', 'Straße', 'strasse'],
    ['ø and æ', 'Ørsted Æbelø', 'orsted aebelo'],
    ['French', 'Hanoï, Élysée, œuvre', 'hanoi, elysee, oeuvre'],
    [
      'typographic apostrophe and hyphen',
      'l’ONU, Secretaris‑generaal',
      "l'onu, secretaris generaal",
    ],
    ['non-breaking and other spaces', 'a\u00a0b\u2002c\u202fd\u205fe\u3000f', 'a b c d e f'],
    ['runs of white space', 'a  \t\n b', 'a b'],
    ['zero-width and soft hyphen', 'Ha\u00adnoi\u200b\u200c\u200d\u2060\ufeff', 'hanoi'],
    ['space around a dropped char', 'a \u200b b', 'a b'],
    ['Arabic tatweel', 'هانـــوي', 'هانوي'],
    ['Arabic harakat', 'اتِّفاقيَّة هانُوي', 'اتفاقيه هانوي'],
    ['Arabic hamza forms', 'الأمم إلى آخر', 'الامم الي اخر'],
    ['Arabic ta marbuta and alif maqsura as ha and ya', 'اتفاقيه هانوى', 'اتفاقيه هانوي'],
    ['Arabic alif wasla, Persian ya and kaf', 'ٱلأمم یک', 'الامم يك'],
    ['a hyphen joins like a space', 'Hanoi-Konvention VN‑verdrag', 'hanoi konvention vn verdrag'],
    ['emoji pass through', '😀 A', '😀 a'],
    ['Turkish dotted capital I', 'İstanbul', 'istanbul'],
    ['empty', '', ''],
  ])('%s', (_, text, folded) => {
    expect(foldText(text).folded).toBe(folded);
  });

  test.each([
    ['plain', 'To Lam'],
    ['NFD with marks', 'Tô Lâm'.normalize('NFD')],
    ['collapsed spaces', ' a \u00a0 b  '],
    ['expansion', 'aßb'],
    ['dropped chars', 'a\u200bb\u00adc\u0640d'],
    ['surrogates', '😀x😀'],
  ])('map points each folded unit at its original char: %s', (_, text) => {
    const { folded, map } = foldText(text);
    expect(map.length).toBe(folded.length + 1);
    expect(map[folded.length]).toBe(text.length);
    for (let i = 0; i < folded.length; i++) {
      expect(map[i]).toBeGreaterThanOrEqual(i === 0 ? 0 : map[i - 1]);
      expect(foldText(text[map[i]]).folded).toContain(folded[i]);
    }
  });

  test('NFC and NFD text fold alike', () => {
    const text = 'Thủ tướng Phạm Minh Chính gặp Tổng Bí thư Tô Lâm ở Hà Nội';
    expect(foldText(text.normalize('NFD')).folded).toBe(foldText(text).folded);
  });
});

describe('endAfterMarks', () => {
  test.each([
    ['no marks', 'Ba x', 2, 2],
    ['one mark', 'Ba\u0300 x', 2, 3],
    ['two marks', 'Nô\u0323\u0302i', 2, 4],
    ['end of text', 'a', 1, 1],
  ])('%s', (_, text, end, expected) => {
    expect(endAfterMarks(text, end)).toBe(expected);
  });
});

test('a word list folds as each of its words does', () => {
  const words = [
    'president',
    'Präsident',
    'vice-president',
    "l'ONU",
    'thủ tướng',
    'mr.',
    '  two  spaces',
    '',
  ];
  expect(foldWords(words)).toEqual(words.map((word) => foldText(word).folded));
});

test('folded text alone is the folded text with offsets', () => {
  for (const text of ['Präsident  Cường', 'ﬁnal Straße', '', 'الأمم المتحدة']) {
    expect(foldString(text)).toBe(foldText(text).folded);
  }
});
