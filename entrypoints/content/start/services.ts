import { unpackMatcher } from '@/lib/match/compiled';
import type { MatcherParts } from '@/lib/match/matcher';
import type { PackedMatcherData } from '@/lib/messages';
import type { PageKeys } from '@/lib/page/page-keys';
import * as slices from '@/lib/page/slices';
import { ask } from '@/utils/ask';
import type { PageContext } from '../context';
import { domReady } from '../dom/page-ready';
import { findShadowRoots } from '../dom/shadow-roots';
import { whileParsing } from '../dom/while-parsing';
import type { DetectionKeys, PageServices } from '../handoff';
import { loadChunk } from './load-chunk';

/** Content.js's modules that detection uses too, handed over rather than compiled in twice. */
export function pageServices(ctx: PageContext): PageServices {
  return {
    ask,
    loadChunk,
    domReady: () => domReady(ctx),
    whileParsing: (look) => whileParsing(ctx, look),
    shadowRoots: (onRoot) => findShadowRoots(ctx, onRoot),
    slices,
  };
}

/** A matcher the background sent, unpacked; undefined (with a warning) when it is malformed. */
export function unpackParts(data: PackedMatcherData): MatcherParts | undefined {
  try {
    return unpackMatcher(data.matcher);
  } catch (error) {
    console.warn('Fact cards: bad matcher data', error);
    return undefined;
  }
}

/** The page's keys as detection uses them: the matchers their answers bring, unpacked. */
export function forDetection(keys: PageKeys): DetectionKeys {
  return {
    complete: keys.complete,
    covers: keys.covers,
    flush: keys.flush,
    matchers: keys.matchers,
    onMatcher: (listener) =>
      keys.onMatcher((data) => {
        const parts = unpackParts(data);
        if (parts) listener(parts);
      }),
  };
}
