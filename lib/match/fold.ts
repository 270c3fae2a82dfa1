import { DROP_MARK, foldEntry, MULTI, multiFold, SPACE, UNIT_MASK } from './char-table';

/** A reusable folding target; `codes` and `map` grow as needed and are only valid up to length. */
export interface FoldBuffer {
  codes: Uint16Array;
  /** map[i] = offset in the original text of folded unit i; map[length] = text length. */
  map: Uint32Array;
  length: number;
}

export function createFoldBuffer(capacity = 256): FoldBuffer {
  return { codes: new Uint16Array(capacity), map: new Uint32Array(capacity + 1), length: 0 };
}

/** Makes room for `needed` units, keeping the first `used`. */
export function growFoldBuffer(buf: FoldBuffer, used: number, needed: number): void {
  const capacity = Math.max(needed, buf.codes.length * 2);
  const codes = new Uint16Array(capacity);
  const map = new Uint32Array(capacity + 1);
  codes.set(buf.codes.subarray(0, used));
  map.set(buf.map.subarray(0, used));
  buf.codes = codes;
  buf.map = map;
}

/**
 * Folds `text` into `buf`: lower-case, no diacritics, no zero-width chars, each run of Unicode
 * white space as one ' '. Works on UTF-16 units so NFC and NFD input fold alike.
 */
export function foldInto(text: string, buf: FoldBuffer): void {
  const n = text.length;
  if (buf.codes.length < n + 8) growFoldBuffer(buf, 0, n + 8);
  let codes = buf.codes;
  let map = buf.map;
  let j = 0;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    const v = foldEntry(code);
    if (v > 0) {
      codes[j] = (v & UNIT_MASK) - 1;
      map[j++] = i;
    } else if (v === SPACE) {
      // Only folded white space is ' ', so this collapses runs, even across dropped chars.
      if (j === 0 || codes[j - 1] !== 32) {
        codes[j] = 32;
        map[j++] = i;
      }
    } else if (v === MULTI) {
      const s = multiFold(code);
      // Expansions are the only way j overtakes i, so one check here keeps later writes in range.
      if (j + s.length + (n - i) > codes.length) {
        growFoldBuffer(buf, j, j + s.length + (n - i) + 8);
        codes = buf.codes;
        map = buf.map;
      }
      for (let k = 0; k < s.length; k++) {
        codes[j] = s.charCodeAt(k);
        map[j++] = i;
      }
    }
  }
  map[j] = n;
  buf.length = j;
}

/** Marks follow their base letter, so a mention ending on a letter also takes its marks. */
export function endAfterMarks(text: string, end: number): number {
  let e = end;
  while (e < text.length && foldEntry(text.charCodeAt(e)) === DROP_MARK) e++;
  return e;
}

function codesToString(codes: Uint16Array, length: number): string {
  let out = '';
  for (let i = 0; i < length; i += 8192) {
    const chunk = codes.subarray(i, Math.min(length, i + 8192));
    out += String.fromCharCode.apply(null, chunk as unknown as number[]);
  }
  return out;
}

// foldText is synchronous, so one scratch buffer can serve every call.
let scratch = createFoldBuffer(1024);

// No two spaces in a row: the fold makes one of a run.
const FOLDED_ASCII = /^(?:[a-z0-9.']| (?! ))*$/;

/**
 * Each word folded, in one call for all of them: word lists are folded in every page that
 * matches, where each call of code not yet optimised costs. "|" folds to itself, so folding the
 * list as one text folds each of its words.
 */
export function foldWords(words: readonly string[]): string[] {
  // Small ASCII letters, spaces, stops and apostrophes fold to themselves (most words of the
  // lists): only the others go through the fold.
  const others = words.filter((word) => !FOLDED_ASCII.test(word));
  const folded = others.length ? foldString(others.join('|')).split('|') : [];
  if (folded.length !== others.length) {
    throw new Error('a word holds "|", or "|" no longer folds to itself');
  }
  let next = 0;
  return words.map((word) => (FOLDED_ASCII.test(word) ? word : folded[next++]));
}

/** Folded text alone, without the offsets (no array to allocate: aliases are folded by the 100,000). */
export function foldString(text: string): string {
  foldInto(text, scratch);
  const folded = codesToString(scratch.codes, scratch.length);
  if (scratch.codes.length > 1 << 20) scratch = createFoldBuffer(1024);
  return folded;
}

/** Folded text and, for each folded unit plus one past the end, its offset in `text`. */
export function foldText(text: string): { folded: string; map: Uint32Array } {
  foldInto(text, scratch);
  const folded = codesToString(scratch.codes, scratch.length);
  const map = scratch.map.slice(0, scratch.length + 1);
  if (scratch.codes.length > 1 << 20) scratch = createFoldBuffer(1024);
  return { folded, map };
}
