import type { PackedMatcherData } from '@/lib/messages';
import type { Settings } from '@/lib/settings';
import type { PageContext } from './context';
import type { PageApi } from './page-api';
import type { PageKeys } from './page-keys';

/**
 * What the always-on script (index.ts) hands to the detection code it loads (start-page.ts), so
 * that nothing it already asked for is asked again: each question to the background is a round
 * trip, tens of milliseconds on a busy machine, and the page keeps loading meanwhile.
 */
export interface Handoff {
  /** The packed matcher of the keys found so far, which came with the answer that found one. */
  matcher: PackedMatcherData;
  /** What the page learned of the keys, which detection goes on adding to. */
  keys: PageKeys;
  /** The settings as they are now: the always-on script keeps them current. */
  settings: () => Settings;
}

export type StartPage = (ctx: PageContext, handoff: Handoff) => Promise<PageApi | undefined>;
