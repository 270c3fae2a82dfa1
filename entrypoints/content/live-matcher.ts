import { unpackMatcher } from '@/lib/match/compiled';
import { type Matcher, matcherFrom } from '@/lib/match/matcher';
import { createProbe } from '@/lib/match/prefilter-probe';
import type { PackedMatcherData } from '@/lib/messages';
import { onPacksChanged } from '@/utils/packs-signal';
import type { PageContext } from './context';
import { createPageKeys, findPrefilter, type PageKeys } from './page-keys';
import { readDocument } from './watch-text';

const NOTHING: Matcher = { find: () => [], size: 0 };

/**
 * The page's matcher, which knows only the keys found in the page so far (page-keys.ts):
 * detection keeps calling `find`, which goes to the latest one. Each answer that brings a larger
 * matcher replaces it. When the reader imports, switches or removes a pack, the page is read
 * again with the new prefilter, and once the matcher of its keys is in, `onRestart` scans it again
 * from the start, without a reload (what was painted stays until then).
 */
export function liveMatcher(
  ctx: PageContext,
  first: { keys: PageKeys; matcher: Matcher },
  onRestart: () => void,
): { matcher: Matcher; keys: () => PageKeys } {
  let current = first.matcher;
  let keys = first.keys;
  const follow = (followed: PageKeys) =>
    followed.onMatcher((data) => {
      if (followed !== keys || ctx.isInvalid) return;
      const next = unpack(data);
      if (next) current = next;
    });
  follow(keys);
  let latest = 0;
  ctx.onInvalidated(
    onPacksChanged(async () => {
      const request = ++latest;
      // The background stored the new prefilter before it announced the change.
      const filter = await findPrefilter(ctx);
      if (!filter || request !== latest || ctx.isInvalid) return;
      const next = createPageKeys(filter);
      readDocument(createProbe(filter, (hash) => next.hit(hash)));
      const data = await next.flush();
      if (request !== latest || ctx.isInvalid) return;
      keys = next;
      current = (data && unpack(data)) || NOTHING;
      follow(keys);
      onRestart();
    }),
  );
  return {
    matcher: {
      find: (text) => current.find(text),
      get size() {
        return current.size;
      },
    },
    keys: () => keys,
  };
}

/** Unpacks a matcher the background sent; undefined (with a warning) when it is malformed. */
export function unpack(data: PackedMatcherData): Matcher | undefined {
  try {
    return matcherFrom(unpackMatcher(data.matcher));
  } catch (error) {
    console.warn('Fact cards: bad matcher data', error);
    return undefined;
  }
}
