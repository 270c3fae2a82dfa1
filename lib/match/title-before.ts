import { foldedSets } from '../lang/frequent-words';
import { GERMAN_TITLE_ENDINGS, TITLES } from '../lang/titles';
import { foldText } from './fold';

/** Every language's titles, folded: a name's title may be written in any of them. */
export const TITLE_PHRASES: ReadonlySet<string> = new Set(
  Object.values(foldedSets(TITLES, ', ')).flatMap((set) => [...set]),
);

// Titles are at most four words long ("thủ tướng chính phủ"), and a stop may follow ("Mr.").
const LOOK_BACK = 48;
const LONGEST = 4;

/**
 * Whether a title ends right before `start` in `text` ("ông Cường", "President Cuong",
 * "Mr. Chinh", "Staatspräsident Cuong"): a name that is a common word alone counts after one.
 */
export function titleBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - LOOK_BACK), start);
  if (!/[\s\u00a0]$/u.test(before)) return false;
  // German titles are compared as written: folding would turn "präsident" into "prasident".
  if (GERMAN_TITLE_ENDINGS.test(before.trimEnd().toLowerCase())) return true;
  const words = foldText(before)
    .folded.replace(/\.?\s*$/u, '')
    .split(' ');
  for (let n = 1; n <= LONGEST && n <= words.length; n++) {
    if (TITLE_PHRASES.has(words.slice(-n).join(' '))) return true;
  }
  return false;
}
