import type { Page } from './accept';
import { ARTICLE_WORDS, HEAD_WORDS, PREPOSITION_WORDS } from './body-words';
import { caseOf, isLetterUnit, isWordUnit } from './char-table';

// The words around a name on the folded page and what they are, for others.ts and continuation.ts.

export const SPACE = 0x20;
const APOSTROPHE = 0x27;
export const UPPER = 3;
export const LOWER = 2;

export interface Word {
  start: number;
  end: number;
}

export const wordText = (codes: Uint16Array, w: Word) =>
  String.fromCharCode(...codes.subarray(w.start, w.end));

/** The case of the word's first letter in the page text: UPPER, LOWER or 0 (no case, as Arabic). */
export function caseAt(page: Page, w: Word): number {
  const c = caseOf(page.text.charCodeAt(page.map[w.start]));
  return c === UPPER || c === LOWER ? c : 0;
}

// The lengths of one-word head words, for the compounds that end with one.
const HEAD_LENGTHS = [
  ...new Set([...HEAD_WORDS].filter((w) => !w.includes(' ')).map((w) => w.length)),
];

/** Whether the folded word is a head word, with a case ending, or ends a compound with one. */
export function isHead(word: string, compound: boolean): boolean {
  if (HEAD_WORDS.has(word)) return true;
  for (let cut = 1; cut <= 4 && word.length - cut >= 4; cut++) {
    if (HEAD_WORDS.has(word.slice(0, word.length - cut))) return true;
  }
  if (!compound) return false;
  // "Kinderhilfswerk", "des Entwicklungsprogramms", "Veiligheidsraad": a head word at the end of
  // a longer word, before a German genitive ending at most.
  for (let cut = 0; cut <= 2; cut++) {
    const end = word.length - cut;
    for (const length of HEAD_LENGTHS) {
      if (end - length >= 3 && HEAD_WORDS.has(word.slice(end - length, end))) return true;
    }
  }
  return false;
}

/** The word of folded units from pos on, or null. */
export function wordFrom(page: Page, pos: number): Word | null {
  let end = pos;
  while (end < page.length && isWordUnit(page.codes[end])) end++;
  return end > pos ? { start: pos, end } : null;
}

/** Up to `max` words before folded position pos, nearest first, parted by spaces or apostrophes. */
export function wordsBefore(page: Page, pos: number, max: number): Word[] {
  const { codes } = page;
  const words: Word[] = [];
  // A letter right before the name is an Arabic proclitic ("للأمم"): no head word is joined so.
  if (pos > 0 && isWordUnit(codes[pos - 1])) return words;
  let k = pos;
  while (words.length < max) {
    const end = k;
    while (k > 0 && (codes[k - 1] === SPACE || codes[k - 1] === APOSTROPHE)) k--;
    if (k === end) break;
    const stop = k;
    while (k > 0 && isWordUnit(codes[k - 1])) k--;
    if (k === stop) break;
    words.push({ start: k, end: stop });
  }
  return words;
}

// Prepositions and articles are short: longer words need no string to be told apart.
const SHORT_WORD = Math.max(...[...PREPOSITION_WORDS, ...ARTICLE_WORDS].map((w) => w.length));
export const isPreposition = (page: Page, w: Word) =>
  w.end - w.start <= SHORT_WORD && PREPOSITION_WORDS.has(wordText(page.codes, w));
export const isArticle = (page: Page, w: Word) =>
  w.end - w.start <= SHORT_WORD && ARTICLE_WORDS.has(wordText(page.codes, w));

/** Vietnamese letters: ă đ ơ ư and the vowels with a tone mark in Latin Extended Additional. */
const isVietnamese = (c: number) =>
  c === 0x103 || c === 0x111 || c === 0x1a1 || c === 0x1b0 || (c >= 0x1ea0 && c <= 0x1ef9);

// How far around a word a Vietnamese letter is looked for, in UTF-16 units.
const VIETNAMESE_WINDOW = 60;

/**
 * Whether the word stands in Vietnamese text (a letter only Vietnamese uses nearby), where a
 * lower-case word after a capitalised one is the second syllable of a name's word ("Phát triển",
 * "Bảo an").
 */
export function vietnameseWord(page: Page, w: Word): boolean {
  const from = Math.max(0, page.map[w.start] - VIETNAMESE_WINDOW);
  const to = Math.min(page.text.length, page.map[w.end - 1] + 1 + VIETNAMESE_WINDOW);
  for (let i = from; i < to; i++) if (isVietnamese(page.text.charCodeAt(i))) return true;
  return false;
}

/** Whether every letter of the word is a capital in the original text. */
export function isCapitals(page: Page, w: Word): boolean {
  const from = page.map[w.start];
  const to = page.map[w.end - 1] + 1;
  for (let i = from; i < to; i++) {
    const c = page.text.charCodeAt(i);
    if (isLetterUnit(c) && caseOf(c) !== UPPER) return false;
  }
  return true;
}
