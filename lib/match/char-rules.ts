/**
 * How one UTF-16 unit folds and what class it is in, from Unicode properties (a \p{} regex or
 * normalize() per call). char-table.ts caches the answers per unit and ships them precomputed for
 * the blocks pages mostly use (char-data.ts), so that a page of those never runs the rules.
 */

/**
 * Fold entries. A positive entry holds the folded unit plus one in its low 17 bits, and
 * START_BIT when a mention may start after that unit, so the scan needs one lookup per char.
 */
export const UNIT_MASK = 0x1ffff;
export const START_BIT = 0x20000;
export const DROP_MARK = -1;
export const DROP = -2;
export const SPACE = -3;
export const MULTI = -4;

/**
 * The Unicode classes the rules test, made on first use: making them costs every page some
 * tenths of a millisecond, and a page in the blocks of char-data.ts never needs them.
 */
function makeClasses() {
  return {
    mark: /\p{M}/u,
    marks: /\p{M}/gu,
    format: /\p{Cf}/u,
    white: /\p{White_Space}/u,
    word: /[\p{L}\p{N}\p{M}]/u,
    letter: /\p{L}/u,
    lower: /\p{Ll}/u,
    upper: /[\p{Lu}\p{Lt}]/u,
  };
}
let made: ReturnType<typeof makeClasses> | undefined;
const classes = () => {
  made ??= makeClasses();
  return made;
};

/** Whether the rules had to make their regexes (char-data.test.ts checks a page seldom does). */
export const regexesMade = (): boolean => made !== undefined;

/** Whether the code point is a letter, a digit or a mark. */
export const isWordChar = (ch: string): boolean => classes().word.test(ch);

/** Letters NFD leaves whole, and punctuation variants that aliases are typed without. */
const SPECIAL: Record<string, string> = {
  đ: 'd',
  ł: 'l',
  ø: 'o',
  ß: 'ss',
  ı: 'i',
  æ: 'ae',
  œ: 'oe',
  // A hyphen joins what is also written apart: "Hanoi-Konvention" / "Hanoi Konvention",
  // "VN-verdrag", "secretaris-generaal".
  '-': ' ',
  '\u2010': ' ',
  '\u2011': ' ',
  // Arabic letters written one for another: alif maqsura for ya, ta marbuta for ha, alif wasla,
  // and the Persian forms of ya and kaf (hamza forms decompose to their base letters already).
  ى: 'ي',
  ة: 'ه',
  ٱ: 'ا',
  ی: 'ي',
  ک: 'ك',
  '\u2018': "'",
  '\u2019': "'",
  '\u02BC': "'",
};

/** 1 = not a word char, 2 = digit or mark, 3 = letter. */
export function wordClassByRule(code: number): number {
  const ch = String.fromCharCode(code);
  const { letter, word } = classes();
  return letter.test(ch) ? 3 : word.test(ch) ? 2 : 1;
}

/** 1 = uncased, 2 = lower-case, 3 = upper- or title-case. */
export function caseByRule(code: number): number {
  const ch = String.fromCharCode(code);
  const { lower, upper } = classes();
  return lower.test(ch) ? 2 : upper.test(ch) ? 3 : 1;
}

/** Arabic proclitic letters و ب ل ك ف, which may be written onto the next word. */
export const isProclitic = (code: number): boolean =>
  code === 0x648 || code === 0x628 || code === 0x644 || code === 0x643 || code === 0x641;

/**
 * Whether a mention may start right after folded unit `code`: after a non-word char or after a
 * proclitic. A superset of the exact rules (see accept.ts), used to prune the scan.
 */
export const startsAfterByRule = (code: number, wordClass: (code: number) => number): boolean =>
  wordClass(code) < 2 || isProclitic(code);

/**
 * The fold entry of `code` (see the constants above); a fold to several units is given to
 * `onMulti`. `wordClass` answers for the folded unit (whether a mention may start after it).
 */
export function foldByRule(
  code: number,
  wordClass: (code: number) => number,
  onMulti: (code: number, folded: string) => void,
): number {
  const single = (unit: number) =>
    (unit + 1) | (startsAfterByRule(unit, wordClass) ? START_BIT : 0);
  if (code >= 0xd800 && code <= 0xdfff) return single(code); // Astral chars pass through.
  const ch = String.fromCharCode(code);
  if (code === 0x0640) return DROP; // Arabic tatweel only stretches a word.
  const { mark, marks, format, white } = classes();
  if (mark.test(ch)) return DROP_MARK;
  if (format.test(ch)) return DROP; // Soft hyphen, zero-width and bidi controls.
  if (white.test(ch)) return SPACE;
  const lower = ch.toLowerCase();
  const decomposed = lower.normalize('NFD');
  // Only decompose when that exposes marks, so Hangul syllables stay one unit.
  const base = mark.test(decomposed) ? decomposed.replace(marks, '') : lower;
  let out = '';
  for (const c of base) out += SPECIAL[c] ?? c;
  if (out.length === 0) return DROP;
  if (out.trim() === '') return SPACE;
  if (out.length === 1) return single(out.charCodeAt(0));
  onMulti(code, out);
  return MULTI;
}
