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
  // The titles as the page writes them, for the pattern; `given` is by folded title.
  let written = new Set<string>();
  let pattern: RegExp | undefined;

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
        // Moved to the end: the pattern tries the titles of several words first anyway.
        given.delete(key);
        given.set(key, m.entityId);
        here.set(key, m.end);
        written.add(title.toLowerCase());
      }
    }
    if (here.size > 0) pattern = titlesPattern([...written]);
    return here;
  }

  return {
    read(text: string, found: Mention[]): Mention[] {
      const here = give(found);
      if (!pattern) return found;
      const uses: Mention[] = [];
      for (const match of text.matchAll(pattern)) {
        const end = match.index + match[0].length;
        const key = foldString(match[0]).trim();
        const entityId = given.get(key);
        if (!entityId || match.index < (here.get(key) ?? 0)) continue;
        // The checks of a title alone: not before someone else's name, not an office's.
        const start = shortStart(SHORT | PERSON | OFFICE, match[0], text, match.index, end);
        if (start < 0 || found.some((m) => m.start < end && m.end > start)) continue;
        uses.push({ start, end, entityId, alias: -1, depth: 0, short: true });
      }
      if (uses.length === 0) return found;
      return [...found, ...uses].sort((a, b) => a.start - b.start || a.depth - b.depth);
    },
    clear() {
      given = new Map();
      written = new Set();
      pattern = undefined;
    },
  };
}

/** The titles as whole words, longest first, in any case ("Der Vizepremier", "the minister"). */
function titlesPattern(titles: string[]): RegExp {
  const escaped = [...titles]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${escaped.join('|')})(?![\\p{L}\\p{N}-])`, 'giu');
}

export type PageTitles = ReturnType<typeof createPageTitles>;
