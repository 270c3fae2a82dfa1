import type { Matcher } from './matcher';
import { createPageAcronyms } from './page-acronyms';
import { createPageTitles } from './page-titles';
import { keepNamedShortForms } from './short-forms';
import type { Mention } from './types';

/**
 * What a page defines for itself, for every pack: the acronyms it gives in brackets
 * (page-acronyms.ts) and the titles it writes before the people it names (page-titles.ts).
 * `read` takes a text's mentions, the matcher's, and returns them with the uses of both;
 * `grown()` says whether a read since the last call defined a new acronym (text read earlier,
 * out of order, may hold uses of it). A new title does not count: a page names most of its
 * people with their titles on its first screen, which is read first, and reading a page again
 * for each title would cost more than the few uses above the screen are worth.
 */
export function createPageNames() {
  const acronyms = createPageAcronyms();
  const titles = createPageTitles();
  return {
    read: (text: string, found: Mention[]): Mention[] =>
      titles.read(text, acronyms.read(text, found)),
    grown: () => acronyms.grown(),
    clear() {
      acronyms.clear();
      titles.clear();
    },
  };
}

export type PageNames = ReturnType<typeof createPageNames>;

/**
 * A page read text by text, in order, as the extension reads one: each text's mentions with the
 * acronyms and titles the page has defined so far, short forms only after their full name
 * (keepNamedShortForms, whose `named` spans the page's texts).
 */
export function createPageReader(matcher: Pick<Matcher, 'find'>): (text: string) => Mention[] {
  const names = createPageNames();
  const named = new Set<string>();
  return (text) => keepNamedShortForms(names.read(text, matcher.find(text)), named);
}
