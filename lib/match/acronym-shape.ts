import { isLowerUnit, isUpperUnit, isWordUnit } from './char-table';
import { foldString } from './fold';

/** Where an acronym stands in the text. */
export interface AcronymSpan {
  acronym: string;
  start: number;
  end: number;
}

// Two to ten capitals or digits, starting with a capital: UNODC, ONUDC, LHQ, G20.
const SHAPE = /^\p{Lu}[\p{Lu}\p{N}]{1,9}$/u;
const AFTER = /^[ \u00a0]?\([ \u00a0]*([^\s()]{2,10})[ \u00a0]*\)/u;
const BEFORE = /(?:^|[^\p{L}\p{N}])([^\s()]{2,10})[ \u00a0]?\([ \u00a0]*$/u;

const OPEN = 0x28;

/** "Full Name (ACR)": the acronym in brackets right after the name at `end`. */
export function acronymAfter(text: string, end: number): AcronymSpan | undefined {
  const next = text.charCodeAt(end) === OPEN ? OPEN : text.charCodeAt(end + 1);
  if (next !== OPEN) return undefined;
  const m = AFTER.exec(text.slice(end, end + 24));
  if (!m || !SHAPE.test(m[1])) return undefined;
  const start = end + m[0].indexOf(m[1]);
  return { acronym: m[1], start, end: start + m[1].length };
}

/** "ACR (Full Name)": the acronym right before the bracket that holds exactly the name. */
export function acronymBefore(text: string, start: number, end: number): AcronymSpan | undefined {
  const close = text.indexOf(')', end);
  if (close < 0 || close > end + 3) return undefined;
  if (!/^[ \u00a0]*\)/u.test(text.slice(end, end + 4))) return undefined;
  const from = Math.max(0, start - 24);
  const m = BEFORE.exec(text.slice(from, start));
  if (!m || !SHAPE.test(m[1])) return undefined;
  const at = from + m.index + m[0].indexOf(m[1]);
  return { acronym: m[1], start: at, end: at + m[1].length };
}

/**
 * Whether an acronym can stand for a name: its letters are, in order, the initials of the
 * name's words (every letter of a word in capitals: "UN Office on Drugs and Crime", UNODC), the
 * first from one of the first two words, so a body or a country before the name may stay out of
 * it ("UN Office of Legal Affairs (OLA)", "Vietnam's Ministry of Public Security (MPS)"). "Ghada
 * Waly (UN)" or "the convention (PDF)" is no definition. A name in a script without capitals
 * (Arabic) cannot be told by its initials.
 */
export function initialsFit(acronym: string, name: string): boolean {
  if (!hasCase(name)) return true;
  const units: string[] = [];
  // The word of each unit, counted from 0.
  const wordOf: number[] = [];
  let words = 0;
  for (const word of name.split(/[\s\u00a0\-‐'’]+/u)) {
    let folded = '';
    for (const unit of foldString(word)) if (isWordUnit(unit.charCodeAt(0))) folded += unit;
    // The s of a possessive ("Vietnam's") is no word of the name.
    if (!folded || word === 's') continue;
    for (const unit of allCapitals(word) ? folded : folded[0]) {
      units.push(unit);
      wordOf.push(words);
    }
    words++;
  }
  const letters = [...foldString(acronym)];
  let j = units.indexOf(letters[0]);
  if (j < 0 || wordOf[j] > 1) return false;
  for (let i = 1; i < letters.length; i++) {
    j = units.indexOf(letters[i], j + 1);
    if (j < 0) return false;
  }
  return true;
}

/** Whether some letter of the text is a capital or a small letter. */
function hasCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isUpperUnit(c) || isLowerUnit(c)) return true;
  }
  return false;
}

/** Whether the word is two capitals or more and nothing else. */
function allCapitals(word: string): boolean {
  if (word.length < 2) return false;
  for (let i = 0; i < word.length; i++) if (!isUpperUnit(word.charCodeAt(i))) return false;
  return true;
}
