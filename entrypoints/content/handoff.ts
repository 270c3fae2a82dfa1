import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PackedMatcherData } from '@/lib/messages';
import type { Settings } from '@/lib/settings';
import type { PageApi } from './page-api';

/**
 * What the always-on script (index.ts) hands to the detection code it loads (start-page.ts), so
 * that nothing it already asked for is asked again: each question to the background is a round
 * trip, tens of milliseconds on a busy machine, and the page keeps loading meanwhile.
 */
export interface Handoff {
  /** The packed matcher, asked for as soon as the page looked worth it. */
  matcher: Promise<PackedMatcherData | undefined>;
  /** The settings as they are now: the always-on script keeps them current. */
  settings: () => Settings;
}

export type StartPage = (
  ctx: ContentScriptContext,
  handoff: Handoff,
) => Promise<PageApi | undefined>;
