import { isCourtesyTitle } from '../lang/titles';
import { OFFICE, PERSON, SHORT } from './alias-table';
import { foldString } from './fold';
import { shortStart } from './short-checks';
import type { Mention } from './types';

/**
 * Titles a page gives the people it names: "unter Vizepremier Bui Thanh Son" makes the title
 * alone a short form of that person on this page ("mahnte der Vizepremier"), as the titles of a
 * person's own names are (person-short-forms.ts), in any pack. A title the page gives two people
 * is the one's it gave last; a courtesy title ("Mr", "ông") names no one alone. `read` takes a
 * text's mentions (the matcher's, with Mention.titles, in text order) and returns them with the
 * uses of the titles given so far.
 */
export function createPageTitles() {
  let given = new Map<string, string>();
  // The titles as the page writes them, lower case, longest first; `given` is by folded title.
  let written: string[] = [];

  /** Takes the titles `text` gives; returns where each one given here is given. */
  function give(found: readonly Mention[]): Map<string, number> {
    const here = new Map<string, number>();
    for (const m of found) {
      if (!m.titles || m.depth > 0 || m.short) continue;
      for (const title of m.titles) {
        const key = foldString(title).trim();
        if (isCourtesyTitle(key)) continue;
        // A title of one word in a script without capitals is anyone's ("الرئيس", the
        // president), as person-short-forms.ts has it.
        if (!key.includes(' ') && !/[\p{Lu}\p{Ll}]/u.test(title)) continue;
        // Moved to the end: the search tries the titles of several words first anyway.
        given.delete(key);
        given.set(key, m.entityId);
        here.set(key, m.end);
        const lower = title.toLowerCase().replace(/\s+/gu, ' ');
        if (written.includes(lower)) continue;
        written = [...written, lower].sort((a, b) => b.length - a.length);
      }
    }
    return here;
  }

  return {
    read(text: string, found: Mention[]): Mention[] {
      const here = give(found);
      if (written.length === 0) return found;
      const uses: Mention[] = [];
      for (const [at, length] of titlesIn(text, written)) {
        const end = at + length;
        const key = foldString(text.slice(at, end)).trim();
        const entityId = given.get(key);
        if (!entityId || at < (here.get(key) ?? 0)) continue;
        // The checks of a title alone: not before someone else's name, not an office's.
        const start = shortStart(SHORT | PERSON | OFFICE, text.slice(at, end), text, at, end);
        if (start < 0 || found.some((m) => m.start < end && m.end > start)) continue;
        uses.push({ start, end, entityId, alias: -1, depth: 0, short: true });
      }
      if (uses.length === 0) return found;
      return [...found, ...uses].sort((a, b) => a.start - b.start || a.depth - b.depth);
    },
    clear() {
      given = new Map();
      written = [];
    },
  };
}

const WORD = /[\p{L}\p{N}-]/u;

/**
 * Where `titles` (lower case, longest first) stand as whole words in `text`, in any case, as
 * [offset, length] in text order, the longest where two start together and none inside another:
 * a search of the lowered text for each, which costs less than one pattern of them all.
 */
function titlesIn(text: string, titles: readonly string[]): [number, number][] {
  // One unit for one: white space as a space; a text whose lower case is longer is left alone.
  const lower = text.toLowerCase().replace(/\s/gu, ' ');
  if (lower.length !== text.length) return [];
  const found: [number, number][] = [];
  for (const title of titles) {
    for (let at = lower.indexOf(title); at >= 0; at = lower.indexOf(title, at + 1)) {
      const end = at + title.length;
      if (at > 0 && WORD.test(text[at - 1])) continue;
      if (end < text.length && WORD.test(text[end])) continue;
      found.push([at, title.length]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const kept: [number, number][] = [];
  for (const hit of found) {
    const last = kept[kept.length - 1];
    if (!last || hit[0] >= last[0] + last[1]) kept.push(hit);
  }
  return kept;
}

export type PageTitles = ReturnType<typeof createPageTitles>;
