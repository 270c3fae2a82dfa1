import { foldedSets } from '../lang/frequent-words';
import { GERMAN_TITLE_ENDINGS, TITLES } from '../lang/titles';
import { foldText } from './fold';

let phrases: ReadonlySet<string> | undefined;

/** Every language's titles, folded: a name's title may be written in any of them. */
export function titlePhrases(): ReadonlySet<string> {
  phrases ??= new Set(Object.values(foldedSets(TITLES, ', ')).flatMap((set) => [...set]));
  return phrases;
}

// Titles are at most four words long ("thủ tướng chính phủ"), and a stop may follow ("Mr.").
const LOOK_BACK = 48;
const LONGEST = 4;

/**
 * Where a title that ends right before `start` in `text` begins ("ông Cường", "President Cuong",
 * "Mr. Chinh", "Staatspräsident Cuong"), or -1: a name that is a common word alone counts after
 * one, and a person's short form is marked with its title, as the full name is.
 */
export function titleStart(text: string, start: number): number {
  const from = Math.max(0, start - LOOK_BACK);
  const before = text.slice(from, start);
  const last = before.charCodeAt(before.length - 1);
  if (!(last === 0x20 || last === 0xa0 || (last >= 0x09 && last <= 0x0d))) return -1;
  const { folded, map } = foldText(before);
  const trimmed = folded.replace(/\.?\s*$/u, '');
  const words = trimmed.split(' ');
  let found = -1;
  for (let n = 1; n <= LONGEST && n <= words.length; n++) {
    const phrase = words.slice(-n).join(' ');
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
