/**
 * Per-UTF-16-unit lookup tables, filled lazily: calling normalize() or a \p{} regex once per
 * distinct code unit instead of once per character keeps folding a table lookup per char. For the
 * blocks pages mostly use the answers come from char-data.ts instead of the rules (char-rules.ts):
 * this runs on every page, and the first use of each \p{} regex and of normalize() is slow.
 */

import { BLOCKS, CLASS_OFFSET, CLASSES, FOLDS, MULTI as MULTI_DATA, PLAIN } from './char-data';
import {
  caseByRule,
  DROP,
  DROP_MARK,
  foldByRule,
  isWordChar,
  MULTI,
  SPACE,
  START_BIT,
  startsAfterByRule,
  wordClassByRule,
} from './char-rules';

export { DROP, DROP_MARK, isProclitic, MULTI, SPACE, START_BIT, UNIT_MASK } from './char-rules';

// Exported for loops that read them inline (prefilter-probe.ts): 0 means not computed yet.
export const foldTable = new Int32Array(0x10000);
const multi = new Map<number, string>();
// 0 = not computed yet, 1 = not a word char, 2 = digit or mark, 3 = letter.
export const wordTable = new Uint8Array(0x10000);
// 0 = not computed yet, 1 = uncased, 2 = lower-case, 3 = upper- or title-case.
export const caseTable = new Uint8Array(0x10000);
// 0 = not computed yet, 1 = no, 2 = yes.
const startTable = new Uint8Array(0x10000);

const FOLD_KINDS = [0, START_BIT, DROP_MARK, DROP, SPACE, MULTI];

/** Where `code` is in char-data.ts's strings, or -1 when it is in none of its blocks. */
function dataIndex(code: number): number {
  let at = 0;
  for (let b = 0; b < BLOCKS.length; b += 2) {
    if (code < BLOCKS[b]) return -1;
    if (code < BLOCKS[b + 1]) return at + code - BLOCKS[b];
    at += BLOCKS[b + 1] - BLOCKS[b];
  }
  return -1;
}

/**
 * Whether `code` folds to itself, is no word char, uncased, and a mention may start after it, as
 * the rules say of a surrogate half (an emoji, an astral letter) and of char-data.ts's PLAIN runs.
 */
function isPlain(code: number): boolean {
  if (code >= 0xd800 && code <= 0xdfff) return true;
  for (let p = 0; p < PLAIN.length; p += 2) {
    if (code < PLAIN[p]) return false;
    if (code < PLAIN[p + 1]) return true;
  }
  return false;
}
const PLAIN_CLASSES = 1 | (1 << 2) | (1 << 4);

/** The shipped classes of `code` (see char-data.ts), or -1 when none are shipped. */
function classesOf(code: number): number {
  const i = dataIndex(code);
  if (i >= 0) return CLASSES.charCodeAt(i) - CLASS_OFFSET;
  return isPlain(code) ? PLAIN_CLASSES : -1;
}

function computeFold(code: number): number {
  const i = dataIndex(code);
  if (i < 0 && isPlain(code)) return (code + 1) | START_BIT;
  if (i < 0) return foldByRule(code, wordClass, (c, folded) => multi.set(c, folded));
  const kind = FOLD_KINDS[(CLASSES.charCodeAt(i) - CLASS_OFFSET) >> 5];
  if (kind >= 0) return (FOLDS.charCodeAt(i) + 1) | kind;
  if (kind === MULTI) multi.set(code, MULTI_DATA[code]);
  return kind;
}

/** The fold entry of one code unit (see the constants in char-rules.ts). */
export function foldEntry(code: number): number {
  const v = foldTable[code];
  if (v !== 0) return v;
  const computed = computeFold(code);
  foldTable[code] = computed;
  return computed;
}

export function multiFold(code: number): string {
  return multi.get(code) ?? '';
}

export function wordClass(code: number): number {
  let v = wordTable[code];
  if (v === 0) {
    const classes = classesOf(code);
    v = classes < 0 ? wordClassByRule(code) : classes & 3;
    wordTable[code] = v;
  }
  return v;
}

/** Letters, digits and marks; a surrogate half is none (see isWordCodePoint). */
export const isWordUnit = (code: number): boolean => wordClass(code) >= 2;
export const isLetterUnit = (code: number): boolean => wordClass(code) === 3;
/** White space as the fold reads it: each run of it folds to one space. */
export const isSpaceUnit = (code: number): boolean => foldEntry(code) === SPACE;

export function isWordCodePoint(cp: number): boolean {
  return cp < 0x10000 ? isWordUnit(cp) : isWordChar(String.fromCodePoint(cp));
}

export function caseOf(code: number): number {
  let v = caseTable[code];
  if (v === 0) {
    const classes = classesOf(code);
    v = classes < 0 ? caseByRule(code) : (classes >> 2) & 3;
    caseTable[code] = v;
  }
  return v;
}

export const isLowerUnit = (code: number): boolean => caseOf(code) === 2;
export const isUpperUnit = (code: number): boolean => caseOf(code) === 3;

/**
 * Whether a mention may start right after folded unit `code`: after a non-word char or after a
 * proclitic. A superset of the exact rules (see accept.ts), used to prune the scan.
 */
export function mayStartAfter(code: number): boolean {
  let v = startTable[code];
  if (v === 0) {
    const classes = classesOf(code);
    const yes = classes < 0 ? startsAfterByRule(code, wordClass) : (classes & 16) !== 0;
    v = yes ? 2 : 1;
    startTable[code] = v;
  }
  return v === 2;
}
