import { type Matcher, type MatcherParts, matcherFrom } from '@/lib/match/matcher';
import type { DetectionKeys } from '../handoff';

const NOTHING: Matcher = { find: () => [], size: 0 };

/** What changed: a larger matcher of the same keys, or other packs' keys and matcher. */
type MatcherChange = 'grew' | 'replaced';

function build(parts: MatcherParts): Matcher | undefined {
  try {
    return matcherFrom(parts);
  } catch (error) {
    console.warn('Fact cards: bad matcher data', error);
    return undefined;
  }
}

/**
 * The page's matcher, which knows only the keys found in the page so far: it owns those keys,
 * the matcher, and tells its listeners what changed. Detection keeps calling `find`,
 * which goes to the latest matcher. An answer about new keys brings a larger one ("grew"); other
 * packs bring new keys and their matcher ("replaced"), after which the page is scanned again.
 */
export function createPageMatcher(keys: DetectionKeys, parts: MatcherParts) {
  const first = build(parts);
  if (!first) return undefined;
  let current = first;
  let currentKeys = keys;
  const listeners = new Set<(change: MatcherChange) => void>();

  function change(next: Matcher, what: MatcherChange) {
    current = next;
    for (const listener of listeners) listener(what);
  }
  const follow = (followed: DetectionKeys) =>
    followed.onMatcher((next) => {
      const matcher = followed === currentKeys ? build(next) : undefined;
      if (matcher) change(matcher, 'grew');
    });
  follow(keys);

  return {
    find: (text: string) => current.find(text),
    get size() {
      return current.size;
    },
    keys: () => currentKeys,
    onChange(listener: (change: MatcherChange) => void) {
      listeners.add(listener);
    },
    replace(nextKeys: DetectionKeys, nextParts: MatcherParts | undefined) {
      currentKeys = nextKeys;
      follow(nextKeys);
      change((nextParts && build(nextParts)) || NOTHING, 'replaced');
    },
  };
}

export type PageMatcher = NonNullable<ReturnType<typeof createPageMatcher>>;
