import * as charTable from '@/lib/match/char-table';
import type { PrefilterBits } from '@/lib/match/prefilter-probe';
import type { PackedMatcherData } from '@/lib/messages';
import type { PageKeys } from '@/lib/page/page-keys';
import type { PageContext } from '../context';
import { feedText } from '../dom/text-feed';
import { CHAR_TABLE, DETECTOR, type StartPage } from '../handoff';
import { loadChunk } from './load-chunk';
import { pageKeys } from './prefilter';

export interface Found {
  /** The matcher of the keys found so far. */
  matcher: PackedMatcherData;
  keys: PageKeys;
  /** The detection code, loading since the page first asked about a key while it loaded. */
  chunk: Promise<StartPage>;
}

/**
 * Reads the page with the prefilter until a key worth scanning for turns up; then resolves to the
 * matcher the answer brought, what the page learned of its keys, and the detection code. Resolves
 * to undefined when there is no prefilter, or `stop` aborts first. `onQuiet` runs once when the
 * parsed page turned out to hold nothing.
 */
export async function search(
  ctx: PageContext,
  prefilter: Promise<PrefilterBits | undefined>,
  stop: AbortSignal,
  onQuiet: () => void,
): Promise<Found | undefined> {
  const filter = await prefilter;
  if (!filter || ctx.isInvalid || stop.aborted) return undefined;
  let chunk: Promise<StartPage> | undefined;
  const load = () => {
    (globalThis as Record<string, unknown>)[CHAR_TABLE] = charTable;
    chunk ??= loadChunk<StartPage>(DETECTOR.path, DETECTOR.name);
    // A failure is reported where the chunk is used.
    chunk.catch(() => undefined);
    return chunk;
  };
  // The bits rarely hit by chance (a word must begin a name, then the next units be a key): a
  // page that asks is likely to have something to find, so while it still loads, the detection
  // code is fetched alongside the first check rather than after it.
  const keys = pageKeys(filter, () => {
    if (document.readyState === 'loading') load();
  });
  const matcher = await feedText(ctx, keys, { onQuiet, stop });
  return matcher ? { matcher, keys, chunk: load() } : undefined;
}
