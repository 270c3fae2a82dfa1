import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Matcher } from '@/lib/match/matcher';
import { onPacksChanged } from '@/utils/packs-signal';
import type { Detection } from './detect';
import { loadMatcher } from './load-matcher';

/**
 * A matcher whose packs can change under it: detection keeps calling `find`, which goes to the
 * latest matcher. When the reader imports, switches or removes a pack, the new matcher is fetched
 * and the page scanned again from the start, without a reload.
 */
export function liveMatcher(initial: Matcher): { matcher: Matcher; swap: (next: Matcher) => void } {
  let current = initial;
  return {
    matcher: {
      find: (text) => current.find(text),
      get size() {
        return current.size;
      },
    },
    swap: (next) => {
      current = next;
    },
  };
}

/** Follows pack changes for one page; `isOn` says whether the site switch lets it scan. */
export function followPacks(
  ctx: ContentScriptContext,
  live: ReturnType<typeof liveMatcher>,
  detection: Detection,
  isOn: () => boolean,
): void {
  let latest = 0;
  ctx.onInvalidated(
    onPacksChanged(async () => {
      const request = ++latest;
      const loaded = await loadMatcher(ctx);
      if (!loaded || request !== latest || ctx.isInvalid) return;
      live.swap(loaded.matcher);
      if (!isOn()) return;
      detection.pause();
      detection.resume();
    }),
  );
}
