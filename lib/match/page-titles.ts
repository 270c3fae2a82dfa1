import { isCourtesyTitle } from '../lang/titles';
import { OFFICE, PERSON, SHORT } from './alias-table';
import { foldString } from './fold';
import { shortStart } from './short-checks';
import type { Mention } from './types';

/**
 * Titles a page gives the people it names: "unter Vizepremier Bui Thanh Son" makes the title
 * alone a short form of that person on this page ("mahnte der Vizepremier"), as the titles of a
 * person's own names are (person-short-forms.ts), in any pack. A title the page gives two people
 * is the one's of them it named last before it ("Bộ trưởng" after a second minister is named
 * again); a courtesy title ("Mr", "ông") names no one alone. `read` takes a text's mentions (the
 * matcher's, with Mention.titles, in text order) and returns them with the uses of the titles
 * given so far.
 */
export function createPageTitles() {
  // By folded title, who was given it, each with where (`clock`) it was given.
  let given = new Map<string, Map<string, number>>();
  // The titles as the page writes them, lower case, longest first.
  let written: string[] = [];
  // Where each person was last named: a count of the mentions read, over the page's texts.
  let named = new Map<string, number>();
  let clock = 0;

  /** Takes the titles `text` gives; returns where each one given here is first given. */
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
        const holders = given.get(key) ?? new Map<string, number>();
        holders.set(m.entityId, clock + found.indexOf(m));
        given.set(key, holders);
        if (!here.has(key)) here.set(key, m.end);
        const lower = title.toLowerCase().replace(/\s+/gu, ' ');
        if (written.includes(lower)) continue;
        written = [...written, lower].sort((a, b) => b.length - a.length);
      }
    }
    return here;
  }

  /** Of the holders of a title, the one named last before `at` of the text of `found`. */
  function holderAt(holders: ReadonlyMap<string, number>, found: readonly Mention[], at: number) {
    let best: string | undefined;
    let when = -1;
    found.forEach((m, k) => {
      if (m.depth > 0 || m.end > at || !holders.has(m.entityId)) return;
      if (clock + k > when) [best, when] = [m.entityId, clock + k];
    });
    if (best) return best;
    for (const [entityId, gave] of holders) {
      const last = Math.max(named.get(entityId) ?? -1, gave);
      if (last > when) [best, when] = [entityId, last];
    }
    return best;
  }

  return {
    read(text: string, found: Mention[]): Mention[] {
      const here = give(found);
      const uses: Mention[] = [];
      for (const [at, length] of written.length ? titlesIn(text, written) : []) {
        const end = at + length;
        const key = foldString(text.slice(at, end)).trim();
        const holders = given.get(key);
        if (!holders || at < (here.get(key) ?? 0)) continue;
        const entityId = holderAt(holders, found, at);
        if (!entityId) continue;
        // The checks of a title alone: not before someone else's name, not an office's.
        const start = shortStart(SHORT | PERSON | OFFICE, text.slice(at, end), text, at, end);
        if (start < 0 || found.some((m) => m.start < end && m.end > start)) continue;
        uses.push({ start, end, entityId, alias: -1, depth: 0, short: true });
      }
      found.forEach((m, k) => {
        if (m.depth === 0) named.set(m.entityId, clock + k);
      });
      clock += found.length;
      if (uses.length === 0) return found;
      return [...found, ...uses].sort((a, b) => a.start - b.start || a.depth - b.depth);
    },
    clear() {
      given = new Map();
      written = [];
      named = new Map();
      clock = 0;
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
