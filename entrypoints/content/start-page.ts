import { isSiteEnabled } from '@/lib/settings';
import { onSettingsChanged } from '@/utils/settings';
import { startCards } from './card/start-cards';
import type { PageContext } from './context';
import { type Detection, startDetection } from './detect';
import type { Handoff } from './handoff';
import { createKeyGate } from './key-gate';
import { liveMatcher, unpack } from './live-matcher';
import { countMentions, type PageApi } from './page-api';
import { domReady } from './page-ready';

/**
 * Everything the content script does on a page that may mention something, loaded by the
 * always-on script (index.ts) once the prefilter found a key in the page: unpacks the matcher,
 * starts detection, follows the per-site switch, the highlight style and the enabled packs, and at
 * DOMContentLoaded starts the cards on top of it; resolves to what the popup and the keyboard
 * command ask of the page (page-api.ts).
 */
export async function startPage(ctx: PageContext, handoff: Handoff): Promise<PageApi | undefined> {
  let detection: Detection | undefined;
  let settings = handoff.settings();
  let siteOn = isSiteEnabled(settings, location.hostname);
  ctx.onInvalidated(
    onSettingsChanged((next) => {
      settings = next;
      detection?.setStyle(next.highlightStyle);
      const on = isSiteEnabled(next, location.hostname);
      if (on === siteOn) return;
      siteOn = on;
      if (on) detection?.resume();
      else detection?.pause();
    }),
  );
  const begin = performance.now();
  const first = unpack(handoff.matcher);
  if (!first || ctx.isInvalid) return undefined;
  const unpackMs = performance.now() - begin;
  const live = liveMatcher(ctx, { keys: handoff.keys, matcher: first }, () => {
    if (!siteOn) return;
    detection?.pause();
    detection?.resume();
  });
  const found = startDetection(ctx, live.matcher, {
    style: settings.highlightStyle,
    paused: !siteOn,
    markDetail: { unpackMs, forms: first.size },
    gate: createKeyGate(live.keys),
  });
  detection = found;
  await domReady(ctx);
  const cards = startCards(ctx, found, () => settings);
  // Only this script's isolated world sees it (pages cannot): real-browser tests reach it there.
  (globalThis as { factcardDetection?: Detection }).factcardDetection = found;
  return {
    mentions: () => countMentions(found.mentions()),
    reveal: (entityId) => cards.reveal(entityId),
    navigate: (direction) => cards.step(direction === 'next' ? 1 : -1),
  };
}
