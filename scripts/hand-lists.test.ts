import { describe, expect, test } from 'vitest';
import { parsePage, reportPages, scorePage } from './hand-lists';

// Written for this test.
const PAGE = `#en
@Anna Berg
@Harbour Museum
@Karl Lind|Lind
Mayor Anna Berg opened the Harbour Museum on Friday. Anna Berg thanked the donors.
The museum shows old boats.`;

describe('pages with hand-made lists', () => {
  test('counts the wanted names the suggestions find and names the missed', () => {
    const score = scorePage(parsePage('berg.txt', PAGE));
    expect(score).toMatchObject({ lang: 'en', found: 2, wanted: 3, missed: ['Karl Lind'] });
    expect(score.candidates).toBeGreaterThanOrEqual(2);
    expect(reportPages([score]).at(-1)).toBe('all: 2 of 3 (67 %)');
  });

  test('a page without its language is refused with the reason', () => {
    expect(() => parsePage('x.txt', 'Mayor Anna Berg spoke.')).toThrow(/first line must be #/);
  });
});
