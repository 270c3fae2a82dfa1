import type { PrefilterBits } from '@/lib/match/prefilter-probe';
import { isSiteEnabled, type Settings } from '@/lib/settings';
import { onPacksChanged } from '@/utils/packs-signal';
import type { PageStart } from '@/utils/page-start';
import { onSettingsChanged } from '@/utils/settings';
import type { PageContext } from '../context';
import { readDocument } from '../dom/text-feed';
import type { Detector } from '../handoff';
import type { Phase, Phases } from './phases';
import { findPrefilter, pageKeys } from './prefilter';
import { type Found, search } from './search';
import { forDetection, pageServices, unpackParts } from './services';

const detectorOf = (now: Phase) =>
  now.phase === 'detecting' ? now.detector : now.phase === 'off' ? now.paused : undefined;

/**
 * Start-up on one page: reads it with the prefilter, and where a key turns up hands the page to
 * detection (detector.js). The phase (phases.ts) changes here alone. The per-site switch is
 * `enable` and `disable`; a change of packs searches again, or gives detection the page's new
 * keys. Listeners are registered at once, so that a change made while the page starts is seen;
 * `begin` starts once the settings and the prefilter are read.
 */
export function createStartUp(ctx: PageContext, phases: Phases) {
  let settings: Settings | undefined;
  let prefilter: Promise<PrefilterBits | undefined> | undefined;
  // Packs changed before the page read storage: what it read is out of date.
  let stalePrefilter = false;
  let marks = false;
  let quietMarked = false;
  let latestKeys = 0;

  const siteOn = () => settings !== undefined && isSiteEnabled(settings, location.hostname);

  function enable() {
    const now = phases.current;
    if (now.phase === 'waiting' || now.phase === 'off') {
      if (now.phase === 'off' && now.paused) {
        void now.paused.then((detector) => detector?.resume());
        phases.set({ phase: 'detecting', detector: now.paused });
      } else void startSearch();
    }
  }

  function disable() {
    const now = phases.current;
    if (now.phase === 'off') return;
    if (now.phase === 'searching' || now.phase === 'nothing-found') now.stop.abort();
    if (now.phase === 'detecting') void now.detector.then((detector) => detector?.pause());
    phases.set({ phase: 'off', paused: detectorOf(now) });
  }

  async function startSearch() {
    const stop = new AbortController();
    phases.set({ phase: 'searching', stop });
    const data = prefilter ?? findPrefilter(ctx);
    prefilter = undefined;
    const found = await search(ctx, data, stop.signal, () => {
      if (phases.current.phase === 'searching' && phases.current.stop === stop) {
        phases.set({ phase: 'nothing-found', stop });
      }
      markQuiet();
    });
    if (stop.signal.aborted || ctx.isInvalid) return;
    if (!found) return phases.set({ phase: 'nothing-found', stop });
    phases.set({ phase: 'detecting', detector: startDetection(found) });
  }

  function startDetection(found: Found): Promise<Detector | undefined> {
    return found.chunk.then(
      (start) => {
        // Answers that came in while the detection code loaded brought larger matchers, which
        // it would never hear of: it starts from the latest, and hears of those after it.
        const matcher = unpackParts(found.keys.latest() ?? found.matcher);
        if (!matcher || !ctx.isValid) return undefined;
        return start(ctx, {
          keys: forDetection(found.keys),
          matcher,
          settings: () => settings as Settings,
          marks,
          paused: !siteOn(),
          services: pageServices(ctx),
        });
      },
      (error: unknown) => {
        console.warn('Fact cards: detection did not load', error);
        return undefined;
      },
    );
  }

  /** Nothing to paint: the page is as painted as it will be (the benchmark reads the mark). */
  function markQuiet() {
    if (quietMarked || !marks) return;
    quietMarked = true;
    performance.mark('factcard-painted', { detail: { mentions: 0, prefiltered: 1 } });
  }

  /** Other packs: the page is read again with their prefilter. */
  async function packsChanged() {
    prefilter = undefined;
    const now = phases.current;
    if (now.phase === 'searching' || now.phase === 'nothing-found') {
      now.stop.abort();
      return startSearch();
    }
    const detector = detectorOf(now);
    if (!detector) return;
    // The background stored the new prefilter before it announced the change.
    const request = ++latestKeys;
    const filter = await findPrefilter(ctx);
    if (!filter || request !== latestKeys || ctx.isInvalid) return;
    const keys = pageKeys(filter);
    readDocument(ctx, keys);
    const data = await keys.flush();
    if (request !== latestKeys || ctx.isInvalid) return;
    (await detector)?.replace(forDetection(keys), data ? unpackParts(data) : undefined);
  }

  ctx.onInvalidated(
    onSettingsChanged((next) => {
      const begun = settings !== undefined;
      settings = next;
      if (!begun) return;
      void detectorOf(phases.current)?.then((detector) => detector?.setStyle(next.highlightStyle));
      if (siteOn()) enable();
      else disable();
    }),
  );
  ctx.onInvalidated(
    onPacksChanged(() => {
      if (settings === undefined) stalePrefilter = true;
      else void packsChanged();
    }),
  );

  return {
    /** Starts with what the page read of storage (a newer change seen meanwhile wins). */
    begin(start: PageStart) {
      settings ??= start.settings;
      marks = start.marks;
      prefilter = findPrefilter(ctx, stalePrefilter ? undefined : start.prefilter);
      // A site switched off is not read at all until it is switched on again.
      if (siteOn()) enable();
      else disable();
    },
    /** Nothing can start (storage could not be read): page requests get their answer. */
    fail: () => phases.set({ phase: 'nothing-found', stop: new AbortController() }),
  };
}
