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

// What ends the clause before an apposition's comma: the words after it are read.
const CLAUSE_START = /[.;:!?()«»"“”,]/u;
const APPOSITION_ARTICLES = new Set(['the', 'le', 'la', 'el', 'der', 'die', 'de', 'het']);
// The links a title's field follows ("ministre des Affaires étrangères"), and the small words a
// field holds.
const FIELD_LINKS = new Set(['of', 'for', 'de', 'des', 'du', 'del', 'der', 'für', 'van', 'voor']);
const FIELD_WORDS = new Set(['la', 'l', 'de', 'des', 'du', 'and', 'et', 'y', 'und', 'en', 'the']);
const FIELD_LONGEST = 5;
// What ends an apposition after the name: a comma, a semicolon, a bracket, a dash or a stop.
const APPOSITION_CLOSES = /^\s?[,;).—–]/u;

/**
 * The title a text gives a person in apposition before the name [start, end), as written, or
 * undefined: an article, the title and at most an adjective or its field, then a comma, the
 * name and what closes the apposition: "El canciller vietnamita, Le Hoai Trung,", "Le
 * ministre des Affaires étrangères, Le Hoai Trung,". Not an opening phrase ("Según el portavoz,
 * Le Hoai Trung se reunió"), nor a list ("el canciller de Ecuador, To Lam y Guterres").
 */
export function titleBeforeComma(text: string, start: number, end: number): string | undefined {
  if (!APPOSITION_CLOSES.test(text.slice(end, end + 2))) return undefined;
  let comma = start;
  while (comma > 0 && isSpaceUnit(text.charCodeAt(comma - 1))) comma--;
  if (comma === start || text.charCodeAt(comma - 1) !== 0x2c) return undefined;
  comma--;
  let from = comma;
  while (from > 0 && comma - from < LOOK_BACK * 2 && !CLAUSE_START.test(text[from - 1])) from--;
  if (from > 0 && !CLAUSE_START.test(text[from - 1])) return undefined;
  const words: Written[] = [...text.slice(from, comma).matchAll(/[\p{L}\p{M}-]+/gu)].map((m) => ({
    at: from + (m.index ?? 0),
    word: m[0],
    folded: foldString(m[0]).trim(),
  }));
  // The last article whose words up to the comma are a title, with an adjective or a field.
  for (let a = words.length - 2; a >= 0; a--) {
    if (!APPOSITION_ARTICLES.has(words[a].folded)) continue;
    const title = titleWithout(words.slice(a + 1));
    if (title) return text.slice(title.first.at, title.last.at + title.last.word.length);
  }
  return undefined;
}

interface Written {
  at: number;
  word: string;
  folded: string;
}

/** The title the words start with, where the rest is an adjective or a field, or undefined. */
function titleWithout(words: readonly Written[]): { first: Written; last: Written } | undefined {
  let end = 0;
  for (let n = 1; n <= LONGEST && n <= words.length; n++) {
    const phrase = words
      .slice(0, n)
      .map((w) => w.folded)
      .join(' ');
    if (titlePhrases().has(phrase)) end = n;
  }
  if (end === 0) return undefined;
  const rest = words.slice(end);
  const adjective = rest.length === 1 && /^\p{Ll}/u.test(rest[0].word);
  // A field starts with a capital after its link and article: "des Affaires étrangères", "de
  // la Sécurité publique".
  // Not someone's name in it: "el presidente de Vietnam Luong Cuong, To Lam".
  const named = rest.findIndex((w, k) => k > 0 && !FIELD_WORDS.has(w.folded));
  const capitals = rest.filter((w) => /^\p{Lu}/u.test(w.word)).length;
  const field =
    rest.length > 1 &&
    rest.length <= FIELD_LONGEST &&
    FIELD_LINKS.has(rest[0].folded) &&
    named > 0 &&
    /^\p{Lu}/u.test(rest[named].word) &&
    capitals <= 2;
  if (rest.length > 0 && !adjective && !field) return undefined;
  return { first: words[0], last: words[end - 1] };
}
