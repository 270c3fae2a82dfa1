import { describe, expect, it } from 'vitest';
import { charData } from '../../scripts/char-data';
import * as shipped from './char-data';
import { caseByRule, foldByRule, startsAfterByRule, wordClassByRule } from './char-rules';
import { caseOf, foldEntry, mayStartAfter, multiFold, wordClass } from './char-table';

describe('char tables', () => {
  it('ship what the rules give now (run `npm run char-data` when this fails)', () => {
    const { blocks, folds, classes, multi, plain } = charData();
    expect(shipped.BLOCKS).toEqual(blocks);
    expect(shipped.PLAIN).toEqual(plain);
    expect(shipped.FOLDS).toBe(folds);
    expect(shipped.CLASSES).toBe(classes);
    expect(shipped.MULTI).toEqual(multi);
  });

  it('answer as the rules do for every UTF-16 unit, shipped or not', () => {
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      let folded = '';
      const fold = foldByRule(code, wordClassByRule, (_, out) => {
        folded = out;
      });
      const hex = code.toString(16);
      if (foldEntry(code) !== fold) wrong.push(`fold ${hex}`);
      if (multiFold(code) !== folded) wrong.push(`multi ${hex}`);
      if (wordClass(code) !== wordClassByRule(code)) wrong.push(`word ${hex}`);
      if (caseOf(code) !== caseByRule(code)) wrong.push(`case ${hex}`);
      if (mayStartAfter(code) !== startsAfterByRule(code, wordClassByRule))
        wrong.push(`start ${hex}`);
    }
    expect(wrong).toEqual([]);
  });

  it('ship the blocks of the languages pages are read in', () => {
    // Latin letters with diacritics, Arabic, Vietnamese, and the punctuation around them.
    const text = 'ąęłóśźżÄÖÜßéèçñ بالأمم المتحدة Việt Nam Hà Nội “—”€';
    const shippedCodes = [...text].filter((ch) => {
      const code = ch.charCodeAt(0);
      return shipped.BLOCKS.some(
        (_, b) => b % 2 === 0 && code >= shipped.BLOCKS[b] && code < shipped.BLOCKS[b + 1],
      );
    });
    expect(shippedCodes.join('')).toBe(text);
  });
});
