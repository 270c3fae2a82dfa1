import { demonymCountry } from '../lang/demonym-words';
import { foldString, foldText } from '../match/fold';

/** How many words before a name may say where the person is from ("the Portuguese diplomat"). */
const WORDS_BEFORE = 3;

// Words for a region before a demonym, folded: "Latin American" is no American.
const REGION_WORDS = new Set(
  'latin north south east west central southeast northern southern eastern western sud nord sur norte'.split(
    ' ',
  ),
);

/** The words right before `at` in the same clause, in order, at most WORDS_BEFORE. */
function wordsBefore(text: string, at: number): string[] {
  const before = text.slice(Math.max(0, at - 120), at);
  const clause = before.split(/[.!?;:,()"«»“”„\n]/u).pop() ?? '';
  return clause.split(/\s+/u).filter(Boolean).slice(-WORDS_BEFORE);
}

/** Where `name` occurs in `text` as a whole name, as offsets of its first character. */
function occurrences(text: string, name: string): number[] {
  const { folded, map } = foldText(text);
  const wanted = foldText(name).folded.trim();
  const found: number[] = [];
  if (!wanted) return found;
  for (let at = folded.indexOf(wanted); at >= 0; at = folded.indexOf(wanted, at + 1)) {
    const after = folded[at + wanted.length];
    if (
      (at > 0 && /[\p{L}\p{N}]/u.test(folded[at - 1])) ||
      (after && /[\p{L}\p{N}]/u.test(after))
    ) {
      continue;
    }
    found.push(map[at]);
  }
  return found;
}

/**
 * The country a story's texts say a person is from: a demonym in the few words before the
 * person's name, in the same clause ("der Portugiese António Guterres", "the Egyptian diplomat
 * Ghada Waly", "la funcionaria egipcia Ghada Waly", "Vietnamese President Luong Cuong"). The
 * country the texts give most often, or undefined when none or two as often.
 */
export function countryInTexts(texts: readonly string[], name: string): string | undefined {
  const votes = new Map<string, number>();
  for (const text of texts) {
    for (const at of occurrences(text, name)) {
      const words = wordsBefore(text, at);
      // Any run of the words before may be the demonym: "Costa Rican", "egipcia"; not one after a
      // word for a region, which makes it another ("Latin American", "South Korean").
      const seen = new Set<string>();
      for (let from = 0; from < words.length; from++) {
        if (from > 0 && REGION_WORDS.has(foldString(words[from - 1]).trim())) continue;
        for (let to = from + 1; to <= words.length; to++) {
          const country = demonymCountry(words.slice(from, to));
          if (country) seen.add(country);
        }
      }
      for (const country of seen) votes.set(country, (votes.get(country) ?? 0) + 1);
    }
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0 || (ranked.length > 1 && ranked[1][1] === ranked[0][1])) return undefined;
  return ranked[0][0];
}
