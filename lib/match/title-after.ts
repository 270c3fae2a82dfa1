import { foldText } from './fold';
import { titlePhrases } from './title-before';

/** Words a title in apposition may start with: the articles of the eight languages. */
const ARTICLES = new Set([
  ...['the', 'a', 'an', 'le', 'la', 'un', 'une', 'el', 'una'],
  ...['der', 'die', 'ein', 'eine', 'de', 'het', 'een'],
]);

/** How far after a name its appositions are read: two short ones ("Politburo member, minister"). */
const REACH = 96;
const APPOSITIONS = 2;
const LONGEST = 4;

/**
 * The title a text gives a person in apposition after the name, as [start, end) of `text`, or
 * undefined: "Luong Tam Quang, the minister of public security, …", "Lương Tam Quang, Ủy viên
 * Bộ Chính trị, Bộ trưởng Bộ Công an". An apposition starts after a comma; the title is its first
 * words (after an article), the longest that is a title in any language. The first apposition
 * may be a description instead ("Politburo member"); a second one is read then, unless
 * `stopAt` (where the next name begins, or the text's end) comes first: "Chinh, Bui Thanh Son,
 * …" lists people, and the title after the second is the second's.
 */
export function titleAfter(
  text: string,
  end: number,
  stopAt: number,
): { start: number; end: number } | undefined {
  const limit = Math.min(text.length, end + REACH, stopAt);
  let at = end;
  for (let n = 0; n < APPOSITIONS; n++) {
    const lead = /^[^.;:!?()]*?[,،]\s*/u.exec(text.slice(at, limit));
    if (!lead || (n === 0 && lead[0].replace(/[,،]\s*$/u, '').trim() !== '')) return undefined;
    const from = at + lead[0].length;
    const found = titleAt(text.slice(from, limit));
    if (found) return { start: from + found.start, end: from + found.end };
    at = from;
  }
  return undefined;
}

/** The title the start of `text` holds, after an article: its offsets in `text`. */
function titleAt(text: string): { start: number; end: number } | undefined {
  const { folded, map } = foldText(text);
  const words = folded.split(' ');
  let first = 0;
  let offset = 0;
  if (ARTICLES.has(words[0]) && words.length > 1) {
    first = 1;
    offset = words[0].length + 1;
  }
  let best: { start: number; end: number } | undefined;
  for (let n = 1; n <= LONGEST && first + n <= words.length; n++) {
    const phrase = words.slice(first, first + n).join(' ');
    const bare = phrase.replace(/[,،]$/u, '');
    if (titlePhrases().has(bare)) best = { start: map[offset], end: map[offset + bare.length] };
    if (bare !== phrase) break;
  }
  return best;
}
