import { foldedSets } from '../lang/frequent-words';
import { GERMAN_TITLE_ENDINGS, TITLES } from '../lang/titles';
import { isSpaceUnit, isWordUnit } from './char-table';
import { foldString, foldText } from './fold';

let phrases: ReadonlySet<string> | undefined;

/** Every language's titles, folded: a name's title may be written in any of them. */
export function titlePhrases(): ReadonlySet<string> {
  phrases ??= new Set(Object.values(foldedSets(TITLES, ', ')).flatMap((set) => [...set]));
  return phrases;
}

let lastWords: ReadonlySet<string> | undefined;

/**
 * Whether the word before the white space at `start` (and a stop: "Mr.") could end a title: the
 * last word of one, or a German compound ending in one. Most short forms follow no title, and
 * this folds one word instead of the text before them.
 */
function mayEndTitle(text: string, start: number): boolean {
  let end = start;
  while (end > 0 && isSpaceUnit(text.charCodeAt(end - 1))) end--;
  if (end === start) return false;
  if (text.charCodeAt(end - 1) === 0x2e) end--;
  let begin = end;
  while (begin > 0 && end - begin < LOOK_BACK) {
    const c = text.charCodeAt(begin - 1);
    if (!isWordUnit(c) && c !== 0x2d) break;
    begin--;
  }
  if (begin === end) return false;
  const word = text.slice(begin, end);
  lastWords ??= new Set(
    [...titlePhrases()].map((phrase) => phrase.slice(phrase.lastIndexOf(' ') + 1)),
  );
  return lastWords.has(foldString(word)) || GERMAN_TITLE_ENDINGS.test(word.toLowerCase());
}

// Titles are at most four words long ("thủ tướng chính phủ"), and a stop may follow ("Mr.").
const LOOK_BACK = 48;
const LONGEST = 4;

/**
 * Where a title that ends right before `start` in `text` begins ("ông Cường", "President Cuong",
 * "Mr. Chinh", "Staatspräsident Cuong"), or -1: a name that is a common word alone counts after
 * one, and a person's short form is marked with its title, as the full name is.
 */
/** The longest abbreviated title, in letters ("mevr", "dhr", "gen"). */
const ABBREVIATION = 4;

export function titleStart(text: string, start: number): number {
  if (!mayEndTitle(text, start)) return -1;
  const from = Math.max(0, start - LOOK_BACK);
  const before = text.slice(from, start);
  if (!isSpaceUnit(before.charCodeAt(before.length - 1))) return -1;
  const { folded, map } = foldText(before);
  const trimmed = folded.replace(/\.?\s*$/u, '');
  // A full stop ends an abbreviated title ("Mr. Chinh", "gen. Giang"), or else a sentence:
  // "... the Office of the President. Son warned" names no President Son.
  const dotted = /\.\s*$/u.test(folded);
  const words = trimmed.split(' ');
  let found = -1;
  for (let n = 1; n <= LONGEST && n <= words.length; n++) {
    const phrase = words.slice(-n).join(' ');
    if (dotted && (n > 1 || phrase.length > ABBREVIATION)) break;
    if (titlePhrases().has(phrase)) found = from + map[trimmed.length - phrase.length];
  }
  if (found >= 0) return found;
  // German compounds, compared as written: folding would turn "präsident" into "prasident".
  const written = before.trimEnd();
  if (GERMAN_TITLE_ENDINGS.test(written.toLowerCase())) {
    return from + written.search(/[\p{L}\p{M}-]+$/u);
  }
  return -1;
}

/**
 * The title a person's name found in the text begins with, as written ("Bộ trưởng" of "Bộ
 * trưởng Lương Tam Quang"), or undefined: a name that holds its title gives it as one before
 * the name does.
 */
export function titleOpening(name: string): string | undefined {
  const { folded, map } = foldText(name);
  const words = folded.split(' ');
  let found: string | undefined;
  for (let n = 1; n <= LONGEST && n < words.length; n++) {
    const phrase = words.slice(0, n).join(' ');
    if (titlePhrases().has(phrase)) found = name.slice(0, map[phrase.length]);
  }
  return found;
}
