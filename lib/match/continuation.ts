import type { Page } from './accept';
import { ARABIC_HEADS_AFTER, EVENT_HEAD_WORDS } from './body-words';
import { caseOf, isLetterUnit } from './char-table';
import {
  caseAt,
  headsTreaty,
  isCapitals,
  isHeadAt,
  isShortHead,
  isTitleWord,
  isWeakHead,
  LOWER,
  SPACE,
  treatyCompound,
  UPPER,
  type Word,
  wordFrom,
  wordText,
} from './name-words';

// Whether a place's or a body's name goes on into a longer proper name of something else:
// "Hanoi FC", "UN Development Programme", "UN-Entwicklungsprogramm", "VN-Veiligheidsraad".

/** How a text uses capitals: as prose does, on every word (title case), or on every letter. */
export type Casing = 'prose' | 'title' | 'caps';

/** Prose unless every word of three letters or more (at least three) starts with a capital. */
export function casingOf(text: string): Casing {
  let words = 0;
  let caps = true;
  for (let i = 0; i < text.length; ) {
    const start = i;
    let upper = 0;
    while (i < text.length && isLetterUnit(text.charCodeAt(i))) {
      if (caseOf(text.charCodeAt(i)) === UPPER) upper++;
      i++;
    }
    if (i === start) {
      i++;
      continue;
    }
    if (i - start < 3) continue;
    if (caseOf(text.charCodeAt(start)) === LOWER) return 'prose';
    words++;
    caps &&= upper === i - start;
  }
  if (words < 3) return 'prose';
  return caps ? 'caps' : 'title';
}

export const isHyphen = (c: number) => c === 0x2d || c === 0x2010 || c === 0x2011;
// Spaces within a line: a line break ends a headline or a list item, not a name.
const isInlineSpace = (c: number) => c === 0x20 || c === 0xa0 || c === 0x202f || c === 0x09;

/** Whether the original text from the folded unit at pos to the next one is inline spaces. */
function inlineGap(page: Page, pos: number): boolean {
  const to = pos + 1 < page.length ? page.map[pos + 1] : page.text.length;
  for (let i = page.map[pos]; i < to; i++)
    if (!isInlineSpace(page.text.charCodeAt(i))) return false;
  return true;
}

/** What the continuation rule needs to know of a name and of its text. */
export interface Continuing {
  /** An acronym ("UN", "VN"): a capitalised compound after it is another body ("VN-Veiligheidsraad"). */
  acronym: boolean;
  /** A place: any capitalised word after it makes a longer name ("Hanoi FC", "Vietnam Airlines"). */
  place: boolean;
  /** The text's casing, asked only when needed. */
  casing: () => Casing;
  /** Whether the text around the original [from, to) is German, whose nouns all take capitals. */
  german: (from: number, to: number) => boolean;
}

/**
 * The folded start of a continuation that makes the name ending at folded `stop` part of a
 * longer proper name, or -1: a compound with a head word ("UN-Entwicklungsprogramm") or, after an
 * acronym, any capitalised one outside German ("VN-Veiligheidsraad"); capitalised words after a
 * space of which one is a head word ("UN Development Programme", "Hanoi Opera House") or in
 * capitals ("Hanoi FC"), or any after a place in prose ("Vietnam Airlines"). The caller checks
 * that no name of its own starts there ("Vietnam President Luong Cuong").
 */
export function continuationAt(page: Page, stop: number, rule: Continuing): number {
  const { codes, map } = page;
  if (stop >= page.length || codes[stop] !== SPACE) return -1;
  const gap = page.text.charCodeAt(map[stop]);
  if (isHyphen(gap)) {
    const tail = wordFrom(page, stop + 1);
    if (!tail) return -1;
    if (isHeadAt(page, tail, true) || isShortHead(page, tail)) return tail.start;
    if (isWeakHead(page, tail) || headsTreaty(page, tail, tail.end)) return tail.start;
    if (treatyCompound(page, tail) || eventCompound(page, tail)) return tail.start;
    const capital = caseAt(page, tail) === UPPER;
    return rule.acronym && capital && !rule.german(map[stop - 1], map[tail.start])
      ? tail.start
      : -1;
  }
  // Read as a word only where an Arabic letter follows: most places are followed by others.
  if (rule.place && stop + 1 < page.length && isArabicUnit(page.text.charCodeAt(map[stop + 1]))) {
    const next = wordFrom(page, stop + 1);
    if (next && ARABIC_HEADS_AFTER.has(wordText(codes, next))) return next.start;
  }
  if (stop + 1 >= page.length || caseOf(page.text.charCodeAt(map[stop + 1])) !== UPPER) return -1;
  if (!inlineGap(page, stop)) return -1;
  const first = wordFrom(page, stop + 1);
  if (!first || caseAt(page, first) !== UPPER) return -1;
  let allCaps = false;
  for (let w: Word | null = first, n = 0; w && n < 3; n++) {
    if (caseAt(page, w) !== UPPER) break;
    if (isHeadAt(page, w, true) || isShortHead(page, w)) return first.start;
    if (isWeakHead(page, w) || headsTreaty(page, w, w.end)) return first.start;
    allCaps ||= w.end - w.start >= 2 && isCapitals(page, w);
    w = nextWord(page, w);
  }
  const casing = rule.casing();
  // Words in capitals after a name in capitals (not an acronym) are a line in capitals run into
  // the text ("ECUADOR EN HANÓI: ..."), not a longer name ("HANOI FC" has its head word).
  if (allCaps && !rule.acronym && capitalsEndAt(page, stop)) return -1;
  if (allCaps && casing !== 'caps') return first.start;
  if (casing !== 'prose' || rule.german(map[stop - 1], map[first.start])) return -1;
  // In prose a capital after a place, a body's name or an acronym starts a longer name ("Vietnam
  // Airlines", "Bộ Công an Trung Quốc": every country has a body of the kind; "UN Women"),
  // unless a title follows the acronym ("UN Secretary-General") or a letter alone (an initial).
  const named = first.end - first.start > 1 && !isTitleWord(page, first);
  return rule.place || !rule.acronym || named ? first.start : -1;
}

/** Whether the word is an event's head word with what the event is about before it ("Klimakonferenz"). */
function eventCompound(page: Page, w: Word): boolean {
  const word = wordText(page.codes, w);
  for (const head of EVENT_HEAD_WORDS) {
    if (word.length - head.length >= 3 && word.endsWith(head)) return true;
  }
  return false;
}

const isArabicUnit = (c: number) => c >= 0x600 && c <= 0x6ff;

/** Whether the word that ends at folded `stop` is written in capitals. */
function capitalsEndAt(page: Page, stop: number): boolean {
  let start = stop;
  while (start > 0 && page.codes[start - 1] !== SPACE) start--;
  return stop - start >= 2 && isCapitals(page, { start, end: stop });
}

const APOSTROPHE = 0x27;
const S = 0x73;

/** The next word on the same line, past a possessive ("Children's Fund"), or null. */
function nextWord(page: Page, w: Word): Word | null {
  const { codes } = page;
  let end = w.end;
  if (codes[end] === APOSTROPHE && codes[end + 1] === S && codes[end + 2] === SPACE) end += 2;
  return codes[end] === SPACE && inlineGap(page, end) ? wordFrom(page, end + 1) : null;
}
