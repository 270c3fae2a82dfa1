import type { Page } from './accept';
import {
  ARTICLE_WORDS,
  DAY_WORDS,
  HEAD_TONES,
  HEAD_WORDS,
  LINK_FIRST_WORDS,
  PREPOSITION_WORDS,
  SHORT_HEAD_WORDS,
  TITLE_FIRST_WORDS,
  TREATY_HEAD_WORDS,
  WEAK_HEAD_WORDS,
} from './body-words';
import { caseOf, isLetterUnit, isProclitic, isWordUnit } from './char-table';
import {
  DUTCH_WORDS,
  GERMAN_ONLY_WORDS,
  isGermanLetter,
  isVietnameseLetter,
  wordsInText,
  wordsWithin,
} from './text-language';
import { marksFit } from './tone-marks';

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
/**
 * Sets of three units as bits: the low five bits of each unit pick one of 32,768 bits (4 KB).
 * A test may say yes for three units not in the set, never no for three that are: it only spares
 * reading a word as a string, which says for sure. Folded Latin letters differ in their low bits,
 * so for them it is exact; the lookup is a shift and a mask, with no number boxed on the way.
 */
class TriBits {
  private readonly bits = new Int32Array(1024);
  private static index(a: number, b: number, c: number): number {
    return ((a & 31) << 10) | ((b & 31) << 5) | (c & 31);
  }
  add(a: number, b: number, c: number): void {
    const i = TriBits.index(a, b, c);
    this.bits[i >> 5] |= 1 << (i & 31);
  }
  /** Whether the three units may be in the set. */
  has(a: number, b: number, c: number): boolean {
    const i = TriBits.index(a, b, c);
    return (this.bits[i >> 5] & (1 << (i & 31))) !== 0;
  }
}

function triBits(words: readonly string[], at: (word: string) => number): TriBits {
  const set = new TriBits();
  for (const w of words) {
    const k = at(w);
    set.add(w.charCodeAt(k), w.charCodeAt(k + 1), w.charCodeAt(k + 2));
  }
  return set;
}

// The first and last three units of every one-word head word: most words of a page are told from
// head words by them, without a string.
const HEAD_STARTS = triBits(ONE_WORD_HEADS, () => 0);
const HEAD_ENDS = triBits(ONE_WORD_HEADS, (w) => w.length - 3);
const startsHead = (codes: Uint16Array, at: number) =>
  HEAD_STARTS.has(codes[at], codes[at + 1], codes[at + 2]);
const COMPOUND_CUTS = 2;

// Endings that make a head word into who works there ("Botschafter", "des Botschafters"), folded.
const AGENT_ENDINGS = new Set(['er', 'ers', 'ern', 'erin']);

/** Whether the folded word is a head word, with a case ending, or ends a compound with one. */
export function isHead(word: string, compound: boolean): boolean {
  if (HEAD_WORDS.has(word)) return true;
  for (let cut = 1; cut <= 4 && word.length - cut >= 4; cut++) {
    // A head word with -er or -erin is who works there, a person: "Botschafter", "Banker".
    if (AGENT_ENDINGS.has(word.slice(word.length - cut))) continue;
    if (HEAD_WORDS.has(word.slice(0, word.length - cut))) return true;
  }
  if (!compound) return false;
  // "Kinderhilfswerk", "des Entwicklungsprogramms", "Veiligheidsraad": a head word at the end of
  // a longer word, before a German genitive ending at most.
  for (let cut = 0; cut <= COMPOUND_CUTS; cut++) {
    const end = word.length - cut;
    if (AGENT_ENDINGS.has(word.slice(end))) continue;
    for (const length of HEAD_LENGTHS) {
      if (end - length >= 3 && HEAD_WORDS.has(word.slice(end - length, end))) return true;
    }
  }
  return false;
}

/** Whether a one-word head word may start at folded position pos: its first three units tell. */
export const mayOpenHead = (codes: Uint16Array, pos: number) =>
  pos + 3 <= codes.length && startsHead(codes, pos);

/** isHead() for the folded word w of the page, which it reads as a string only when it may be one. */
export function isHeadWord(codes: Uint16Array, w: Word, compound: boolean): boolean {
  if (w.end - w.start < 3) return false;
  let maybe = startsHead(codes, w.start);
  for (let cut = 0; compound && !maybe && cut <= COMPOUND_CUTS; cut++) {
    const end = w.end - cut;
    maybe = end - w.start >= 6 && HEAD_ENDS.has(codes[end - 3], codes[end - 2], codes[end - 1]);
  }
  return maybe && isHead(wordText(codes, w), compound);
}

/**
 * isHeadWord() for a word of the page, whose marks a Vietnamese head word must have where the
 * page writes Vietnamese with them: "quỹ" (a fund), not "quy" of "quy định của Liên hợp quốc".
 */
export function isHeadAt(page: Page, w: Word, compound: boolean): boolean {
  if (!isHeadWord(page.codes, w, compound)) return false;
  return marksFit(HEAD_TONES, page.text, page.map[w.start], page.map[w.end - 1] + 1, true);
}

/** Whether the word is a head word of two letters written in capitals ("FC"). */
export function isShortHead(page: Page, w: Word): boolean {
  return (
    w.end - w.start === 2 && SHORT_HEAD_WORDS.has(wordText(page.codes, w)) && isCapitals(page, w)
  );
}

// German, whose nouns all take a capital: its letters, or its words (`GERMAN_ONLY_WORDS`).
const GERMAN_WINDOW = 120;

// The last text read whole, and whether it holds a German-only letter anywhere.
let lettersText = '';
let lettersFound = false;

function germanLetterIn(text: string): boolean {
  if (text !== lettersText) {
    lettersText = text;
    lettersFound = false;
    for (let i = 0; i < text.length && !lettersFound; i++) {
      lettersFound = isGermanLetter(text.charCodeAt(i));
    }
  }
  return lettersFound;
}

/**
 * Whether the text around the original offset `at` is German. Rules ask it of many names of one
 * text: a text with neither a German letter nor a German word anywhere answers at once.
 */
export function germanText(text: string, at: number): boolean {
  const words = wordsInText(text, GERMAN_ONLY_WORDS);
  if (!words && !germanLetterIn(text)) return false;
  const from = Math.max(0, at - GERMAN_WINDOW);
  const to = Math.min(text.length, at + GERMAN_WINDOW);
  for (let i = from; i < to; i++) if (isGermanLetter(text.charCodeAt(i))) return true;
  return (
    words &&
    wordsWithin(text, from, to, GERMAN_ONLY_WORDS) &&
    !wordsWithin(text, from, to, DUTCH_WORDS)
  );
}

/** Whether the word is the first word of a person's title ("Secretary", "Executive"). */
export const isTitleWord = (page: Page, w: Word) => TITLE_FIRST_WORDS.has(wordText(page.codes, w));

// A fund's or a programme's word, folded: in small letters before "of the UN" it still names one
// of the UN's funds or programmes ("het kinderfonds van de VN", "le fonds des Nations unies pour
// l'enfance"), whose words may end a Dutch or German compound.
const FUND_WORDS = ['fund', 'fonds', 'fondo', 'fundusz', 'funduszu', 'programme', 'program'];
const FUND_ENDS = ['fonds', 'programm', 'programma', 'programa', 'programu'];

// What those words start or end with (folded units), told before any string is made.
const FUND_FIRST = new Set([...FUND_WORDS].map((word) => word.charCodeAt(0)));
const FUND_LAST = new Set(FUND_ENDS.map((end) => end.charCodeAt(end.length - 1)));

/** Whether the word in small letters is a fund's or a programme's (FUND_WORDS). */
export function isFundWord(page: Page, w: Word): boolean {
  if (w.end - w.start < 4) return false;
  const { codes } = page;
  if (!FUND_FIRST.has(codes[w.start]) && !FUND_LAST.has(codes[w.end - 1])) return false;
  const word = wordText(page.codes, w);
  return FUND_WORDS.includes(word) || FUND_ENDS.some((end) => word.endsWith(end));
}

// The word for a war, folded: before a place, with or without a link, it names the war, not the
// place ("la guerre du Vietnam", "chiến tranh Việt Nam", "حرب فيتنام"); "the Vietnam War" and
// "der Vietnamkrieg" are names of their own already, and English "war" is German "was" ("Zwei
// Tage lang war Hanoi ...").
const WAR_WORDS = new Set(['guerre', 'guerra', 'chien tranh', 'حرب']);
// Their first units and the lengths of their first words: most words are told apart before any
// string is made.
const WAR_FIRST = new Set([...WAR_WORDS].map((word) => word.charCodeAt(0)));
const WAR_LENGTHS = [...WAR_WORDS].map((word) => word.split(' ')[0].length);
const WAR_SHORTEST = Math.min(...WAR_LENGTHS);
const WAR_LONGEST = Math.max(...WAR_LENGTHS);

/** Whether the word may start a word for a war (WAR_WORDS): its first unit and its length. */
export function mayBeWar(page: Page, w: Word): boolean {
  const length = w.end - w.start;
  return length >= WAR_SHORTEST && length <= WAR_LONGEST && WAR_FIRST.has(page.codes[w.start]);
}

/** Whether the words (as one folded string) say a war. */
export const isWarWord = (word: string): boolean => WAR_WORDS.has(word);

/**
 * Whether the word is a head word that needs a capital ("Mission", "Misja", "بعثة"), outside
 * German text.
 */
export function isWeakHead(page: Page, w: Word): boolean {
  if (w.end - w.start < 4 || caseAt(page, w) === LOWER) return false;
  if (!WEAK_HEAD_WORDS.has(wordText(page.codes, w))) return false;
  return !germanText(page.text, page.map[w.start]);
}

const ARABIC_CLITICS = new Set(['ب', 'ل', 'و', 'ف']);

/** Whether the word is a day's (DAY_WORDS), not in small letters: "Journée", "Ngày". */
export function isDayWord(page: Page, w: Word): boolean {
  if (w.end - w.start > 7 || caseAt(page, w) === LOWER) return false;
  const written = page.text.slice(page.map[w.start], page.map[w.end - 1] + 1);
  const word = written.normalize('NFC').toLowerCase();
  // An Arabic one with a preposition joined to it: "بيوم الأمم المتحدة", "ليوم".
  return DAY_WORDS.has(word) || (ARABIC_CLITICS.has(word[0]) && DAY_WORDS.has(word.slice(1)));
}

/**
 * Whether the word (or the words, as one string) is a treaty's head word ("Konwencja",
 * "Übereinkommens", "verdrag", "công ước", "اتفاقية") and a link follows folded `at`
 * ("przeciwko", "über", "tegen", "لمكافحة"): it then heads the name of a treaty, which a body's
 * name before `at` is part of.
 */
export function headsTreaty(page: Page, w: Word | string, at: number): boolean {
  let head = typeof w === 'string' ? w : w.end - w.start < 3 ? '' : wordText(page.codes, w);
  // An Arabic head word may carry a proclitic: "لاتفاقية الأمم المتحدة لقانون البحار".
  if (!TREATY_HEAD_WORDS.has(head) && isProclitic(head.charCodeAt(0))) {
    head = head.slice(1);
  }
  if (!TREATY_HEAD_WORDS.has(head)) return false;
  const link = page.codes[at] === SPACE ? wordFrom(page, at + 1) : null;
  if (link === null) return false;
  // Arabic joins what a treaty is for with the preposition ل: "لقانون البحار", "لحقوق الطفل".
  if (page.codes[link.start] === LAM && link.end - link.start >= 4) return true;
  return LINK_FIRST_WORDS.has(wordText(page.codes, link));
}

const LAM = 0x644;
// One-word treaty heads, by length, for the compounds that end with one.
const TREATY_WORDS = [...TREATY_HEAD_WORDS].filter((w) => !w.includes(' ') && w.length >= 4);
const TREATY_LENGTHS = [...new Set(TREATY_WORDS.map((w) => w.length))];
// Their last three units: most long words are told from such compounds without a string.
const TREATY_ENDS = triBits(TREATY_WORDS, (w) => w.length - 3);

/**
 * Whether the folded word is a compound that ends with a treaty's head word, before a German
 * genitive ending at most: another treaty's own name ("Seerechtsübereinkommen",
 * "Kinderrechtskonvention", "Klimaverdrag").
 */
export function treatyCompound(page: Page, w: Word): boolean {
  if (w.end - w.start < 7) return false;
  const { codes } = page;
  let maybe = false;
  for (let cut = 0; !maybe && cut <= COMPOUND_CUTS; cut++) {
    const end = w.end - cut;
    maybe = TREATY_ENDS.has(codes[end - 3], codes[end - 2], codes[end - 1]);
  }
  if (!maybe) return false;
  const word = wordText(codes, w);
  for (let cut = 0; cut <= COMPOUND_CUTS; cut++) {
    const end = word.length - cut;
    for (const length of TREATY_LENGTHS) {
      if (end - length >= 3 && TREATY_HEAD_WORDS.has(word.slice(end - length, end))) return true;
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
    // An abbreviation of one or two capitals keeps its full stop: "Công an TP. Hà Nội". A
    // longer word before a full stop ends a sentence ("... UNICEF. Vietnam ...").
    const dotted = k > 0 && codes[k - 1] === DOT;
    if (dotted) k--;
    const stop = k;
    while (k > 0 && isWordUnit(codes[k - 1])) k--;
    if (k === stop) break;
    if (count === words.length) words.push({ start: k, end: stop });
    else {
      words[count].start = k;
      words[count].end = stop;
    }
    if (dotted && (stop - k > 2 || !isCapitals(page, words[count]))) break;
    count++;
  }
  return count;
}
const DOT = 0x2e;

// Prepositions and articles are short: each is one number of up to three units, so the many
// short words of a page are looked up without a string. Units below 0x400 (Latin, Greek,
// Cyrillic) take ten bits each, which keeps the number small enough to be stored unboxed; a word
// with a unit beyond takes sixteen bits each, which makes its number larger than any of those.
const SHORT_WORD = 3;
const NARROW = 0x400;
function shortKey(unit: (k: number) => number, length: number): number {
  const a = length > 0 ? unit(0) : 0;
  const b = length > 1 ? unit(1) : 0;
  const c = length > 2 ? unit(2) : 0;
  if (a < NARROW && b < NARROW && c < NARROW) return (a << 20) | (b << 10) | c;
  return (a * 0x10000 + b) * 0x10000 + c;
}
const shortKeys = (words: Set<string>) =>
  new Set([...words].map((w) => shortKey((k) => w.charCodeAt(k), w.length)));
const PREPOSITION_KEYS = shortKeys(PREPOSITION_WORDS);
const ARTICLE_KEYS = shortKeys(ARTICLE_WORDS);
if ([...PREPOSITION_WORDS, ...ARTICLE_WORDS].some((w) => w.length > SHORT_WORD)) {
  throw new Error('a preposition or article is longer than SHORT_WORD');
}

function shortKeyAt(codes: Uint16Array, w: Word): number {
  const length = w.end - w.start;
  const a = codes[w.start];
  const b = length > 1 ? codes[w.start + 1] : 0;
  const c = length > 2 ? codes[w.start + 2] : 0;
  if (a < NARROW && b < NARROW && c < NARROW) return (a << 20) | (b << 10) | c;
  return (a * 0x10000 + b) * 0x10000 + c;
}

export const isPreposition = (page: Page, w: Word) =>
  w.end - w.start <= SHORT_WORD && PREPOSITION_KEYS.has(shortKeyAt(page.codes, w));
export const isArticle = (page: Page, w: Word) =>
  w.end - w.start <= SHORT_WORD && ARTICLE_KEYS.has(shortKeyAt(page.codes, w));

// The first words of head words of more than one word ("chuong" of "chuong trinh").
const HEAD_FIRSTS = new Set(
  [...HEAD_WORDS, ...TREATY_HEAD_WORDS]
    .filter((w) => w.includes(' '))
    .map((w) => shortKey((k) => w.charCodeAt(k), Math.min(w.indexOf(' '), SHORT_WORD))),
);

/** Whether the folded word may open a head word of several words: its first three units tell. */
export function opensHeadWords(codes: Uint16Array, w: Word): boolean {
  return HEAD_FIRSTS.has(shortKeyAt(codes, w));
}

/** Whether the original text of the word has a letter only Vietnamese uses ("Bảo", "triển"). */
export function vietnameseWord(page: Page, w: Word): boolean {
  const from = page.map[w.start];
  const to = page.map[w.end - 1] + 1;
  for (let i = from; i < to; i++) if (isVietnameseLetter(page.text.charCodeAt(i))) return true;
  return false;
}

/** Whether the folded space at `at` is a space or a no-break space of the text, within a line. */
export function isInlineGap(page: Page, at: number): boolean {
  const gap = page.text.charCodeAt(page.map[at]);
  return gap === 0x20 || gap === 0xa0;
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
