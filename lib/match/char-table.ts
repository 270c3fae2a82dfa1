/**
 * Per-UTF-16-unit lookup tables, filled lazily: calling normalize() or a \p{} regex once per
 * distinct code unit instead of once per character keeps folding a table lookup per char.
 */

/**
 * Fold table entries. A positive entry holds the folded unit plus one in its low 17 bits, and
 * START_BIT when a mention may start after that unit, so the scan needs one lookup per char.
 */
export const UNIT_MASK = 0x1ffff;
export const START_BIT = 0x20000;
export const DROP_MARK = -1;
export const DROP = -2;
export const SPACE = -3;
export const MULTI = -4;

// Exported for loops that read them inline (prefilter-probe.ts): 0 means not computed yet.
export const foldTable = new Int32Array(0x10000);
const multi = new Map<number, string>();
// 0 = not computed yet, 1 = not a word char, 2 = digit or mark, 3 = letter.
export const wordTable = new Uint8Array(0x10000);
// 0 = not computed yet, 1 = uncased, 2 = lower-case, 3 = upper- or title-case.
export const caseTable = new Uint8Array(0x10000);

const MARK = /\p{M}/u;
const MARKS = /\p{M}/gu;
const FORMAT = /\p{Cf}/u;
const WHITE = /\p{White_Space}/u;
const WORD = /[\p{L}\p{N}\p{M}]/u;
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const UPPER = /[\p{Lu}\p{Lt}]/u;

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

const single = (unit: number) => (unit + 1) | (mayStartAfter(unit) ? START_BIT : 0);

function computeFold(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return single(code); // Astral chars pass through.
  const ch = String.fromCharCode(code);
  if (code === 0x0640) return DROP; // Arabic tatweel only stretches a word.
  if (MARK.test(ch)) return DROP_MARK;
  if (FORMAT.test(ch)) return DROP; // Soft hyphen, zero-width and bidi controls.
  if (WHITE.test(ch)) return SPACE;
  const lower = ch.toLowerCase();
  const decomposed = lower.normalize('NFD');
  // Only decompose when that exposes marks, so Hangul syllables stay one unit.
  const base = MARK.test(decomposed) ? decomposed.replace(MARKS, '') : lower;
  let out = '';
  for (const c of base) out += SPECIAL[c] ?? c;
  if (out.length === 0) return DROP;
  if (out.trim() === '') return SPACE;
  if (out.length === 1) return single(out.charCodeAt(0));
  multi.set(code, out);
  return MULTI;
}

/** The fold entry of one code unit; see the constants above. */
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
    const ch = String.fromCharCode(code);
    v = LETTER.test(ch) ? 3 : WORD.test(ch) ? 2 : 1;
    wordTable[code] = v;
  }
  return v;
}

/** Letters, digits and marks; a surrogate half is none (see isWordCodePoint). */
export const isWordUnit = (code: number): boolean => wordClass(code) >= 2;
export const isLetterUnit = (code: number): boolean => wordClass(code) === 3;

export function isWordCodePoint(cp: number): boolean {
  return cp < 0x10000 ? isWordUnit(cp) : WORD.test(String.fromCodePoint(cp));
}

export function caseOf(code: number): number {
  let v = caseTable[code];
  if (v === 0) {
    const ch = String.fromCharCode(code);
    v = LOWER.test(ch) ? 2 : UPPER.test(ch) ? 3 : 1;
    caseTable[code] = v;
  }
  return v;
}

export const isLowerUnit = (code: number): boolean => caseOf(code) === 2;
export const isUpperUnit = (code: number): boolean => caseOf(code) === 3;

/** Arabic proclitic letters و ب ل ك ف, which may be written onto the next word. */
export const isProclitic = (code: number): boolean =>
  code === 0x648 || code === 0x628 || code === 0x644 || code === 0x643 || code === 0x641;

// 0 = not computed yet, 1 = no, 2 = yes.
const startTable = new Uint8Array(0x10000);

/**
 * Whether a mention may start right after folded unit `code`: after a non-word char or after a
 * proclitic. A superset of the exact rules (see accept.ts), used to prune the scan.
 */
export function mayStartAfter(code: number): boolean {
  let v = startTable[code];
  if (v === 0) {
    v = !isWordUnit(code) || isProclitic(code) ? 2 : 1;
    startTable[code] = v;
  }
  return v === 2;
}
