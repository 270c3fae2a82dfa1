import { defineContentScript } from 'wxt/utils/define-content-script';
import type { PrefilterBits } from '@/lib/match/prefilter-probe';
import type { PackedMatcherData } from '@/lib/messages';
import { allowPageMarks, pageMarksAllowed } from '@/lib/page/marks';
import { isSiteEnabled, type Settings } from '@/lib/settings';
import { onPacksChanged } from '@/utils/packs-signal';
import { loadPageStart } from '@/utils/page-start';
import { onSettingsChanged } from '@/utils/settings';
import type { StartPage } from './handoff';
import { DETECTOR, loadChunk } from './load-chunk';
import { listenForPageRequests, type PageApi } from './page-api';
import { createPageKeys, findPrefilter, type PageKeys } from './page-keys';
import { textAppears } from './page-ready';
import { watchText } from './watch-text';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  matchAboutBlank: true,
  // Start while the page is still parsing: the prefilter arrives meanwhile, and a long page is
  // read as it arrives.
  runAt: 'document_start',
  // This script runs on every page, so it only finds out whether the page may mention anything
  // (the prefilter, lib/match/prefilter.ts); detection, painting and cards load where it does.
  async main(ctx) {
    // The popup and the keyboard command ask the page: while its text is being read the answer
    // waits for the verdict, and for detection when there is something to find.
    let verdict: Promise<PageApi | undefined> = Promise.resolve(undefined);
    const later = <T>(use: (api: PageApi) => T | Promise<T>, none: T) =>
      verdict.then((api) => (api ? use(api) : none));
    listenForPageRequests(ctx, {
      mentions: () => later((api) => api.mentions(), []),
      reveal: (entityId) => later((api) => api.reveal(entityId), false),
      navigate: (direction) => later((api) => api.navigate(direction), false),
    });
    // A frame waits for text of its own before it asks for anything.
    if (window !== window.top) await textAppears(ctx);
    let settings: Settings | undefined;
    let siteOn = () => {};
    ctx.onInvalidated(
      onSettingsChanged((next) => {
        settings = next;
        if (isSiteEnabled(next, location.hostname)) siteOn();
      }),
    );
    // The settings and the prefilter the background stored come in one read: a page with
    // nothing to find asks the background nothing.
    const start = await loadPageStart().catch(() => undefined);
    if (!start || ctx.isInvalid) return;
    if (start.marks) allowPageMarks();
    const stored = start.settings;
    let prefilter: Promise<PrefilterBits | undefined> | undefined = findPrefilter(
      ctx,
      start.prefilter,
    );
    settings ??= stored;
    // A site switched off is not read at all until it is switched on again.
    if (!isSiteEnabled(settings, location.hostname)) {
      await new Promise<void>((resolve) => {
        siteOn = resolve;
      });
    }
    const current = () => settings ?? stored;

    // Until something is found, a change of packs means other keys: the search starts again
    // over the new prefilter. Page requests asked meanwhile wait for the search that ends it.
    let searching: AbortController | undefined;
    let decide: ((api: Promise<PageApi | undefined>) => void) | undefined;
    let painted = false;
    async function search() {
      searching?.abort();
      const stop = new AbortController();
      searching = stop;
      const previous = decide;
      verdict = new Promise((resolve) => {
        decide = resolve;
      });
      previous?.(verdict);
      const data = prefilter ?? findPrefilter(ctx);
      prefilter = undefined;
      const found = await findKeys(ctx, data, stop.signal, () => {
        decide?.(Promise.resolve(undefined));
        if (painted) return;
        painted = true;
        // Nothing to paint: the page is as painted as it will be (the benchmark reads the mark).
        if (pageMarksAllowed()) {
          performance.mark('factcard-painted', { detail: { mentions: 0, prefiltered: 1 } });
        }
      });
      if (stop.signal.aborted || ctx.isInvalid) return;
      if (!found) return decide?.(Promise.resolve(undefined));
      stopFollowing();
      const started = found.chunk.then(
        (start) =>
          ctx.isValid
            ? start(ctx, { matcher: found.matcher, keys: found.keys, settings: current })
            : undefined,
        (error: unknown) => {
          console.warn('Fact cards: detection did not load', error);
          return undefined;
        },
      );
      verdict = started;
      decide?.(started);
    }
    const stopFollowing = onPacksChanged(() => void search());
    ctx.onInvalidated(stopFollowing);
    await search();
  },
});

/**
 * Reads the page with the prefilter until a key worth scanning for turns up; then resolves to the
 * matcher the answer brought, what the page learned of its keys, and the detection code, loaded
 * meanwhile.
 */
async function findKeys(
  ctx: Parameters<StartPage>[0],
  prefilter: Promise<PrefilterBits | undefined>,
  stop: AbortSignal,
  onQuiet: () => void,
): Promise<{ matcher: PackedMatcherData; keys: PageKeys; chunk: Promise<StartPage> } | undefined> {
  const filter = await prefilter;
  if (!filter || ctx.isInvalid || stop.aborted) return undefined;
  let chunk: Promise<StartPage> | undefined;
  const load = () => {
    chunk ??= loadChunk<StartPage>(DETECTOR.path, DETECTOR.name);
    // A failure is reported where the chunk is used.
    chunk.catch(() => undefined);
    return chunk;
  };
  // The bits rarely hit by chance (a word must begin a name, then the next units be a key): a
  // page that asks is likely to have something to find, so while it still loads, the detection
  // code is fetched alongside the first check rather than after it.
  const keys = createPageKeys(filter, {
    onAsk: () => {
      if (document.readyState === 'loading') load();
    },
  });
  const matcher = await watchText(ctx, keys, onQuiet, stop);
  return matcher ? { matcher, keys, chunk: load() } : undefined;
}
