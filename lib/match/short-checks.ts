import { EXCLUDE, PERSON, SHORT, TITLED } from './alias-table';
import { titleBefore } from './title-before';

/**
 * Whether a short form found at [start, end) of `text` may count (the page still decides whether
 * the full name came first): a common word needs a title before it ("ông Cường"), and a person's
 * one-word short form followed by a capitalised word is part of a longer name ("Lam Dong",
 * "Pinto Cevallos", "Trung Quốc"), unless the text is in capitals or title case.
 */
export function shortFits(flags: number, found: string, text: string, start: number, end: number) {
  if ((flags & SHORT) === 0 || (flags & EXCLUDE) !== 0) return true;
  if ((flags & TITLED) !== 0 && !titleBefore(text, start)) return false;
  if ((flags & PERSON) === 0 || found.includes(' ')) return true;
  // A headline in title case capitalises every word: "As Guterres Arrives".
  return !/^[ \u00a0]+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 4)) || !/\s\p{Ll}{4,}/u.test(text);
}

/** The other entities of the short forms found at the same place as `index`'s (flat triples). */
export function sharedBy(
  candidates: readonly number[],
  index: number,
  entityOf: (slot: number) => string,
  short: (slot: number) => boolean,
): string[] | undefined {
  const own = entityOf(candidates[index + 2]);
  let also: string[] | undefined;
  for (let i = 0; i < candidates.length; i += 3) {
    if (candidates[i] !== candidates[index] || candidates[i + 1] !== candidates[index + 1])
      continue;
    const slot = candidates[i + 2];
    const entity = entityOf(slot);
    if (entity === own || !short(slot) || also?.includes(entity)) continue;
    also ??= [];
    also.push(entity);
  }
  return also;
}
