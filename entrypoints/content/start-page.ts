import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isSiteEnabled } from '@/lib/settings';
import { onSettingsChanged } from '@/utils/settings';
import { startCards } from './card/start-cards';
import { type Detection, startDetection } from './detect';
import type { Handoff } from './handoff';
import { domReady, loadMatcher } from './load-matcher';
import { countMentions, type PageApi } from './page-api';

/**
 * Everything the content script does on a page that may mention something, loaded by the
 * always-on script (index.ts) once the prefilter found a key in the page: unpacks the matcher,
 * starts detection, follows the per-site switch and the highlight style, and at
 * DOMContentLoaded starts the cards on top of it; resolves to what the popup and the keyboard
 * command ask of the page (page-api.ts).
 */
export async function startPage(
  ctx: ContentScriptContext,
  handoff: Handoff,
): Promise<PageApi | undefined> {
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
  const loaded = await loadMatcher(ctx, handoff.matcher);
  if (!loaded || ctx.isInvalid) return undefined;
  const found = startDetection(ctx, loaded.matcher, {
    style: settings.highlightStyle,
    paused: !siteOn,
    markDetail: { unpackMs: loaded.unpackMs },
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
