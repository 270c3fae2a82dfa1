import { describe, expect, test } from 'vitest';
import { findQuote } from './find-quote';

describe('findQuote', () => {
  const texts = ['Ala ma kota.  To Lam\u00a0przyjął gości.', 'Drugi akapit, z cytatem.'];

  test('finds a quote inside one text', () => {
    expect(findQuote(texts, 'ma kota')).toEqual({
      start: { index: 0, offset: 4 },
      end: { index: 0, offset: 11 },
    });
  });

  test('compares with whitespace collapsed, on both sides', () => {
    const found = findQuote(texts, 'kota. To Lam  przyjął');
    expect(found).toEqual({ start: { index: 0, offset: 7 }, end: { index: 0, offset: 28 } });
    expect(texts[0].slice(found!.start.offset, found!.end.offset)).toBe(
      'kota.  To Lam\u00a0przyjął',
    );
  });

  test('runs across a paragraph break', () => {
    expect(findQuote(texts, 'gości. Drugi')).toEqual({
      start: { index: 0, offset: 29 },
      end: { index: 1, offset: 5 },
    });
  });

  test.each([[''], ['   '], ['Ala ma psa'], ['kota.To']])('does not find %j', (quote) => {
    expect(findQuote(texts, quote)).toBeNull();
  });
});
