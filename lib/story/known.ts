import type { EntityType } from '../dataset/types';
import { foldText } from '../match/fold';
import { compileMatcher, type Matcher } from '../match/matcher';
import type { Span } from './span';

/** A name another pack already knows, with its entity's type. */
export interface KnownName {
  text: string;
  type: EntityType;
  lang?: string;
}

/** Names other packs know, compiled once for all the articles of a story. */
export interface KnownNames {
  find(text: string): Span[];
}

/**
 * Finds known names with the extension's own matcher, so their inflected forms ("To Lamowi",
 * "واتفاقية هانوي") count too. Only mentions in the text itself, not inside another name.
 */
export function knownNames(names: readonly KnownName[]): KnownNames {
  const matcher: Matcher = compileMatcher(
    names.map((n, i) => ({
      text: n.text,
      entityId: String(i),
      lang: n.lang ?? 'en',
      type: n.type,
    })),
  );
  return {
    find(text) {
      return matcher
        .find(text)
        .filter((m) => m.depth === 0 && !m.short)
        .map((m) => ({
          start: m.start,
          end: m.end,
          words: foldText(text.slice(m.start, m.end)).folded.split(' '),
          evidence: ['known'],
          type: names[Number(m.entityId)].type,
        }));
    },
  };
}
