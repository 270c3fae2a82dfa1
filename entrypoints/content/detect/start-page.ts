import { startCards } from '../card/start-cards';
import type { PageContext } from '../context';
import type { Detector, Handoff } from '../handoff';
import { startDetection } from './detection';
import type { Detection } from './detection-types';
import { pageMentions } from './page-api';
import { createPageMatcher } from './page-matcher';

/**
 * Everything the content script does on a page that may mention something, loaded by start-up
 * (content.js) once the prefilter found a key in the page: builds the page's matcher, starts
 * detection, and at DOMContentLoaded the cards on top of it. Returns the handle start-up
 * switches it by (the site switch, the highlight style, other packs).
 */
export function startPage(ctx: PageContext, handoff: Handoff): Detector | undefined {
  const begin = performance.now();
  const matcher = createPageMatcher(handoff.keys, handoff.matcher);
  if (!matcher || ctx.isInvalid) return undefined;
  const unpackMs = performance.now() - begin;
  const { services } = handoff;
  const detection = startDetection(ctx, matcher, {
    style: handoff.settings().highlightStyle,
    paused: handoff.paused,
    marks: handoff.marks,
    markDetail: { unpackMs, forms: matcher.size },
    services,
  });
  const api = services.domReady().then(() => {
    const cards = startCards(ctx, detection, handoff);
    // Only this script's isolated world sees it (pages cannot): real-browser tests reach it there.
    (globalThis as { factcardDetection?: Detection }).factcardDetection = detection;
    // After the site is switched on again the page is scanned anew, in slices: the popup asks
    // at once, and is answered once the scan is through, not with what it has found so far.
    return {
      mentions: () =>
        detection.ready.then(() =>
          pageMentions(detection.mentions(), handoff.settings().cardLanguage, services.ask),
        ),
      reveal: (entityId: string) => detection.ready.then(() => cards.reveal(entityId)),
      navigate: (direction: 'next' | 'previous') => cards.step(direction === 'next' ? 1 : -1),
    };
  });
  return {
    pause: detection.pause,
    resume: detection.resume,
    setStyle: detection.setStyle,
    replace: matcher.replace,
    api,
  };
}
