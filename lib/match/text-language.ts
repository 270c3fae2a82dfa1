import { isLetterUnit, isLowerUnit, isSpaceUnit, isWordUnit } from './char-table';
import { foldString } from './fold';

// Whether the text around a mention is written in a given language, told by that language's
// commonest short words. Read by a loop over the text rather than a regular expression: a
// case-insensitive Unicode regex with \p{L} took a millisecond or more to compile in every page
// that met an ending or an acronym of that language, and these are asked on most articles.

/** How far around a mention its language is looked for (its letters or its words), in UTF-16 units. */
export const AROUND = 200;

/** A set of lower-case words of a language; only a-z and ü (see `fold`). */
export interface LanguageWords {
  words: readonly string[];
  /** Bit c - 0x61 set for each first letter a-z, bit 26 for ü. */
  firsts: number;
}

const LOWER_U_UMLAUT = 0xfc;

function bitOf(unit: number): number {
  if (unit === LOWER_U_UMLAUT) return 1 << 26;
  return unit >= 0x61 && unit <= 0x7a ? 1 << (unit - 0x61) : 0;
}

export function languageWords(list: string): LanguageWords {
  const words = list.split('|');
  let firsts = 0;
  for (const word of words) {
    if (!/^[a-zü]+$/.test(word)) throw new Error(`a language word must be a-z or ü: "${word}"`);
    firsts |= bitOf(word.charCodeAt(0));
  }
  return { words, firsts };
}

/**
 * A unit as case-insensitive matching compares it (Unicode simple case folding), for the units
 * that fold to a-z or ü: their capitals, the Kelvin sign (k) and the long s (s). Others are
 * returned as they are: none of them folds to a letter of the words.
 */
function fold(unit: number): number {
  if (unit >= 0x41 && unit <= 0x5a) return unit + 0x20;
  if (unit === 0xdc) return LOWER_U_UMLAUT;
  if (unit === 0x212a) return 0x6b;
  if (unit === 0x17f) return 0x73;
  return unit;
}

const ASTRAL_LETTER = /^\p{L}$/u;

/** Whether the code point that ends right before i, not before `start`, is a letter. */
function letterBefore(text: string, i: number, start: number): boolean {
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= start) {
    const hi = text.charCodeAt(i - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return ASTRAL_LETTER.test(text.slice(i - 2, i));
  }
  return isLetterUnit(c);
}

/** Whether the code point that starts at i, before `end`, is a letter. */
function letterAt(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const lo = text.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) return ASTRAL_LETTER.test(text.slice(i, i + 2));
  }
  return isLetterUnit(c);
}

/** Whether `word` is written at i, in any case, and no letter follows it before `end`. */
function wordAt(text: string, i: number, end: number, word: string): boolean {
  const stop = i + word.length;
  if (stop > end) return false;
  for (let k = 0; k < word.length; k++) {
    if (fold(text.charCodeAt(i + k)) !== word.charCodeAt(k)) return false;
  }
  return stop === end || !letterAt(text, stop, end);
}

/**
 * Whether one of the words stands as a word in the text within AROUND units of [from, to): what
 * /(?:^|[^\p{L}])(?:word|...)(?![\p{L}])/iu finds in that stretch of the text, cut out of it.
 */
export function wordsAround(text: string, from: number, to: number, set: LanguageWords): boolean {
  if (!wordsInText(text, set)) return false;
  return wordsWithin(text, Math.max(0, from - AROUND), Math.min(text.length, to + AROUND), set);
}

// Per set of words, the last text read whole and whether it holds one of them.
const lastTexts = new WeakMap<LanguageWords, { text: string; found: boolean }>();

/**
 * Whether one of the words stands as a word anywhere in the text. The rules ask about one
 * stretch after another of the same text, which mostly holds none: the whole text is read once
 * and the answer kept for it, so that those asks cost nothing. (A stretch cut out of the text
 * could find a word the text does not hold, at its edges: "und" of "under". None is found then.)
 */
export function wordsInText(text: string, set: LanguageWords): boolean {
  const last = lastTexts.get(set);
  if (last?.text === text) return last.found;
  const found = wordsWithin(text, 0, text.length, set);
  lastTexts.set(set, { text, found });
  return found;
}

/** Whether one of the words stands as a word in text[start, end), cut out of the text. */
export function wordsWithin(text: string, start: number, end: number, set: LanguageWords): boolean {
  const { words, firsts } = set;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isLetterUnit(c)) continue;
    if ((firsts & bitOf(fold(c))) !== 0 && !(i > start && letterBefore(text, i, start))) {
      for (const word of words) if (wordAt(text, i, end, word)) return true;
    }
    // None of the words starts inside a word: on to its end.
    while (i + 1 < end && isLetterUnit(text.charCodeAt(i + 1))) i++;
  }
  return false;
}

/** The commonest Dutch words, which no other of the languages writes. */
export const DUTCH_WORDS = languageWords(
  'het|een|niet|zijn|wordt|werd|ook|naar|heeft|hebben|deze|bij|voor|op|dat|uit|maar|zei|aan',
);

/**
 * The commonest German words, for a name's ending ("Hanois", "Lamen"), which is only read as one
 * where German is written: some are French, Dutch or Spanish words too, which the letters and the
 * other words around outweigh.
 */
export const GERMAN_WORDS = languageWords(
  'der|des|dem|den|die|das|und|ist|mit|von|für|nicht|im|zu|auf|eine|wird|wurde|sich|nach|bei',
);

/**
 * German words no other of the languages writes but Dutch ("die"), for rules that must not read
 * French, Spanish or Dutch text as German (with `DUTCH_WORDS` to tell the two apart).
 */
export const GERMAN_ONLY_WORDS = languageWords(
  'der|die|das|und|ist|nicht|wird|wurde|eine|sich|für',
);

/** German-only letters: ä ö ü ß, either case. */
export const isGermanLetter = (c: number) =>
  c === 0xe4 || c === 0xf6 || c === 0xfc || c === 0xdf || c === 0xc4 || c === 0xd6 || c === 0xdc;

/**
 * Short words that only Vietnamese writes, folded (của, các, được, những, với, không, người,
 * trong, nhiều, cũng, việc, như): one of them near a name says the text around it is Vietnamese.
 */
const VIETNAMESE_WORDS = new Set([
  'cua',
  'cac',
  'duoc',
  'nhung',
  'voi',
  'khong',
  'nguoi',
  'trong',
  'nhieu',
  'cung',
  'viec',
  'nhu',
]);

const FIRST_LETTERS = new Set([...VIETNAMESE_WORDS].map((word) => word.charCodeAt(0)));

/**
 * Whether text[start, end) may fold to one of VIETNAMESE_WORDS, told without folding it: they
 * are three to five letters, written with at most two marks each, and a word that starts with a
 * letter a-z starts with the same letter folded.
 */
function mayFoldToWord(text: string, start: number, end: number): boolean {
  if (end - start < 3 || end - start > 9) return false;
  const first = text.charCodeAt(start);
  return first >= 0x80 || FIRST_LETTERS.has(first | 0x20);
}

/**
 * Letters only Vietnamese writes: ă đ ĩ ũ ơ ư in either case, the letters with two marks
 * (U+1EA0-U+1EF9), and the horn, dot below and hook above as combining marks.
 */
export function isVietnameseLetter(c: number): boolean {
  if (c >= 0x1ea0 && c <= 0x1ef9) return true;
  switch (c) {
    case 0x102:
    case 0x103:
    case 0x110:
    case 0x111:
    case 0x128:
    case 0x129:
    case 0x168:
    case 0x169:
    case 0x1a0:
    case 0x1a1:
    case 0x1af:
    case 0x1b0:
    case 0x31b:
    case 0x323:
    case 0x309:
      return true;
  }
  return false;
}

/**
 * Whether the text within AROUND units of [from, to) is Vietnamese: a common word there (not a
 * capitalised one, as names are in any language) has a letter only Vietnamese writes, or one of
 * its words folds to a word above (so text written without its marks counts too). Asked of a few
 * names a page, so it folds word by word.
 */
export function vietnameseAround(text: string, from: number, to: number): boolean {
  return readAround(text, from, to, true);
}

/**
 * Whether the text within AROUND units of [from, to) is Vietnamese written with its marks: a
 * common word there has a letter only Vietnamese writes.
 */
export function markedVietnameseAround(text: string, from: number, to: number): boolean {
  return readAround(text, from, to, false);
}

function readAround(text: string, from: number, to: number, unmarked: boolean): boolean {
  const end = Math.min(text.length, to + AROUND);
  let i = Math.max(0, from - AROUND);
  while (i < end) {
    while (i < end && !isWordUnit(text.charCodeAt(i))) i++;
    const start = i;
    let marked = false;
    for (; i < end && isWordUnit(text.charCodeAt(i)); i++) {
      marked ||= isVietnameseLetter(text.charCodeAt(i));
    }
    if (marked && isLowerUnit(text.charCodeAt(start))) return true;
    if (!unmarked || !mayFoldToWord(text, start, i)) continue;
    if (VIETNAMESE_WORDS.has(foldString(text.slice(start, i)))) {
      return true;
    }
  }
  return false;
}

// What ends a sentence or a heading before a word that starts one: . ! ? : and quotes.
const SENTENCE_ENDS = new Set([...'.!?:"“”«»'].map((c) => c.charCodeAt(0)));

/**
 * Whether the word at `i` of the text starts a sentence: only inline spaces between it and the
 * text's start, a line break, or one of . ! ? : and quotes.
 */
export function startsSentence(text: string, i: number): boolean {
  let k = i;
  while (k > 0 && (text.charCodeAt(k - 1) === 0x20 || text.charCodeAt(k - 1) === 0xa0)) k--;
  const before = text.charCodeAt(k - 1);
  return k === 0 || SENTENCE_ENDS.has(before) || isSpaceUnit(before);
}
