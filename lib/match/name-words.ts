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

export function wordText(codes: Uint16Array, w: Word): string {
  let text = '';
  for (let k = w.start; k < w.end; k++) text += String.fromCharCode(codes[k]);
  return text;
}

/** The case of the word's first letter in the page text: UPPER, LOWER or 0 (no case, as Arabic). */
export function caseAt(page: Page, w: Word): number {
  const c = caseOf(page.text.charCodeAt(page.map[w.start]));
  return c === UPPER || c === LOWER ? c : 0;
}

const ONE_WORD_HEADS = [...HEAD_WORDS].filter((w) => !w.includes(' ') && w.length >= 3);
// The lengths of one-word head words, for the compounds that end with one.
const HEAD_LENGTHS = [...new Set(ONE_WORD_HEADS.map((w) => w.length))];
// Three units as one number, and the first and last three of every one-word head word: most
// words of a page are told from head words by them, without a string.
const keyOf = (word: string, at: number) =>
  (word.charCodeAt(at) * 0x10000 + word.charCodeAt(at + 1)) * 0x10000 + word.charCodeAt(at + 2);
const keyAt = (codes: Uint16Array, at: number) =>
  (codes[at] * 0x10000 + codes[at + 1]) * 0x10000 + codes[at + 2];
const HEAD_STARTS = new Set(ONE_WORD_HEADS.map((w) => keyOf(w, 0)));
const HEAD_ENDS = new Set(ONE_WORD_HEADS.map((w) => keyOf(w, w.length - 3)));
const COMPOUND_CUTS = 2;

/** Whether the folded word is a head word, with a case ending, or ends a compound with one. */
export function isHead(word: string, compound: boolean): boolean {
  if (HEAD_WORDS.has(word)) return true;
  for (let cut = 1; cut <= 4 && word.length - cut >= 4; cut++) {
    if (HEAD_WORDS.has(word.slice(0, word.length - cut))) return true;
  }
  if (!compound) return false;
  // "Kinderhilfswerk", "des Entwicklungsprogramms", "Veiligheidsraad": a head word at the end of
  // a longer word, before a German genitive ending at most.
  for (let cut = 0; cut <= COMPOUND_CUTS; cut++) {
    const end = word.length - cut;
    for (const length of HEAD_LENGTHS) {
      if (end - length >= 3 && HEAD_WORDS.has(word.slice(end - length, end))) return true;
    }
  }
  return false;
}

/** Whether a one-word head word may start at folded position pos: its first three units tell. */
export const mayOpenHead = (codes: Uint16Array, pos: number) =>
  pos + 3 <= codes.length && HEAD_STARTS.has(keyAt(codes, pos));

/** isHead() for the folded word w of the page, which it reads as a string only when it may be one. */
export function isHeadWord(codes: Uint16Array, w: Word, compound: boolean): boolean {
  if (w.end - w.start < 3) return false;
  let maybe = HEAD_STARTS.has(keyAt(codes, w.start));
  for (let cut = 0; compound && !maybe && cut <= COMPOUND_CUTS; cut++) {
    const end = w.end - cut;
    maybe = end - w.start >= 6 && HEAD_ENDS.has(keyAt(codes, end - 3));
  }
  return maybe && isHead(wordText(codes, w), compound);
}

/** The word of folded units from pos on, or null. */
export function wordFrom(page: Page, pos: number): Word | null {
  let end = pos;
  while (end < page.length && isWordUnit(page.codes[end])) end++;
  return end > pos ? { start: pos, end } : null;
}

/**
 * Up to `max` words before folded position pos, nearest first, parted by spaces or apostrophes,
 * written into `words` (whose objects are reused: a page asks this for most of its names).
 */
export function wordsBefore(page: Page, pos: number, max: number, words: Word[]): number {
  const { codes } = page;
  let count = 0;
  // A letter right before the name is an Arabic proclitic ("للأمم"): no head word is joined so.
  if (pos > 0 && isWordUnit(codes[pos - 1])) return 0;
  let k = pos;
  while (count < max) {
    const end = k;
    while (k > 0 && (codes[k - 1] === SPACE || codes[k - 1] === APOSTROPHE)) k--;
    if (k === end) break;
    const stop = k;
    while (k > 0 && isWordUnit(codes[k - 1])) k--;
    if (k === stop) break;
    if (count === words.length) words.push({ start: k, end: stop });
    else {
      words[count].start = k;
      words[count].end = stop;
    }
    count++;
  }
  return count;
}

// Prepositions and articles are short: each is one number of up to three units, so the many
// short words of a page are looked up without a string.
const SHORT_WORD = 3;
function shortKey(unit: (k: number) => number, length: number): number {
  let key = 0;
  for (let k = 0; k < SHORT_WORD; k++) key = key * 0x10000 + (k < length ? unit(k) : 0);
  return key;
}
const shortKeys = (words: Set<string>) =>
  new Set([...words].map((w) => shortKey((k) => w.charCodeAt(k), w.length)));
const PREPOSITION_KEYS = shortKeys(PREPOSITION_WORDS);
const ARTICLE_KEYS = shortKeys(ARTICLE_WORDS);
if ([...PREPOSITION_WORDS, ...ARTICLE_WORDS].some((w) => w.length > SHORT_WORD)) {
  throw new Error('a preposition or article is longer than SHORT_WORD');
}

function shortKeyAt(codes: Uint16Array, w: Word): number {
  let key = 0;
  for (let k = 0; k < SHORT_WORD; k++) {
    key = key * 0x10000 + (w.start + k < w.end ? codes[w.start + k] : 0);
  }
  return key;
}

export const isPreposition = (page: Page, w: Word) =>
  w.end - w.start <= SHORT_WORD && PREPOSITION_KEYS.has(shortKeyAt(page.codes, w));
export const isArticle = (page: Page, w: Word) =>
  w.end - w.start <= SHORT_WORD && ARTICLE_KEYS.has(shortKeyAt(page.codes, w));

// The first words of head words of more than one word ("chuong" of "chuong trinh").
const HEAD_FIRSTS = new Set(
  [...HEAD_WORDS]
    .filter((w) => w.includes(' '))
    .map((w) => shortKey((k) => w.charCodeAt(k), Math.min(w.indexOf(' '), SHORT_WORD))),
);

/** Whether the folded word may open a head word of several words: its first three units tell. */
export function opensHeadWords(codes: Uint16Array, w: Word): boolean {
  return HEAD_FIRSTS.has(shortKeyAt(codes, w));
}

/** Vietnamese letters: ă đ ơ ư and the vowels with a tone mark in Latin Extended Additional. */
const isVietnamese = (c: number) =>
  c === 0x103 || c === 0x111 || c === 0x1a1 || c === 0x1b0 || (c >= 0x1ea0 && c <= 0x1ef9);

/** Whether the original text of the word has a letter only Vietnamese uses ("Bảo", "triển"). */
export function vietnameseWord(page: Page, w: Word): boolean {
  const from = page.map[w.start];
  const to = page.map[w.end - 1] + 1;
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
