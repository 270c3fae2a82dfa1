import { isWorkNoun } from '../lang/work-nouns';
import { caseOf, isLetterUnit, isWordUnit } from './char-table';
import { foldString } from './fold';
import { UPPER } from './name-words';
import { OPENING_QUOTES } from './next-words';

// Quotation marks that open and close a title: “…” „…“ «…» "…" ‘…’ and the single ones.
const OPENING = new Set([...OPENING_QUOTES, 0x27]);
const CLOSING = new Set([0x201d, 0x201c, 0xbb, 0x22, 0x2019, 0x27]);
/** Whether `c` may be a quotation mark: a cheap test before the sets, as most units are letters. */
const mayQuote = (c: number) =>
  c <= 0x27 || (c >= 0xab && c <= 0xbb) || (c >= 0x2018 && c <= 0x201e);
/** The longest title read, in UTF-16 units either side of a name. */
const REACH = 60;
const MOST_WORDS = 6;

/** Where the quotation mark that opens before `start` is, on the same line, or -1. */
function openingBefore(text: string, start: number): number {
  for (let i = start - 1; i >= 0 && start - i <= REACH; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x2e || c === 0x21 || c === 0x3f) return -1;
    if (!mayQuote(c)) continue;
    // An apostrophe inside a word ("Vietnam's") opens nothing.
    if (OPENING.has(c) && !(i > 0 && isLetterUnit(text.charCodeAt(i - 1)))) return i;
    if (CLOSING.has(c) && c !== 0x22 && c !== 0x27) return -1;
  }
  return -1;
}

/** Where the quotation mark that closes after `end` is, on the same line, or -1. */
function closingAfter(text: string, end: number): number {
  for (let i = end; i < text.length && i - end <= REACH; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return -1;
    if (!mayQuote(c)) continue;
    if (CLOSING.has(c) && !(i + 1 < text.length && isLetterUnit(text.charCodeAt(i + 1)))) return i;
  }
  return -1;
}

/** How many words back from a quotation a word for a work may stand ("the 1987 film"). */
const WORK_REACH = 3;

/** Whether a word for a work stands in the few words before original offset `open`. */
function workNounBefore(text: string, open: number): boolean {
  let i = open;
  for (let n = 0; n < WORK_REACH; n++) {
    while (i > 0 && !isWordUnit(text.charCodeAt(i - 1))) {
      const c = text.charCodeAt(i - 1);
      if (c === 0x0a || c === 0x2e || c === 0x21 || c === 0x3f) return false;
      i--;
    }
    const to = i;
    while (i > 0 && isWordUnit(text.charCodeAt(i - 1))) i--;
    if (i === to) return false;
    if (isWorkNoun(foldString(text.slice(i, to)))) return true;
  }
  return false;
}

/**
 * Whether the name at original [start, end) of `text` is part of a title in quotation marks:
 * two to six words, one of them outside the name, every one capitalised or a number ("Good
 * Morning, Vietnam", „Hanoi Blues“, «Hanoi Rocks») or after a word for a work ("bộ phim “Chào
 * buổi sáng, Việt Nam”", "فيلم «صباح الخير يا فيتنام»"). A film's, a book's or a song's title
 * names the work. Words in small letters make a quotation otherwise ("“Vietnam is ready,” he
 * said").
 */
export function inWorkTitle(text: string, start: number, end: number): boolean {
  const open = openingBefore(text, start);
  if (open < 0) return false;
  const close = closingAfter(text, end);
  if (close < 0) return false;
  let words = 0;
  let outside = false;
  let small = false;
  for (let i = open + 1; i < close; ) {
    if (!isWordUnit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const first = text.charCodeAt(i);
    const from = i;
    while (i < close && isWordUnit(text.charCodeAt(i))) i++;
    words++;
    if (isLetterUnit(first) && caseOf(first) !== UPPER) small = true;
    if (from < start || from >= end) outside = true;
  }
  if (!outside || words < 2 || words > MOST_WORDS) return false;
  return !small || workNounBefore(text, open);
}
