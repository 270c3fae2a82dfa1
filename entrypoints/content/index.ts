import { defineContentScript } from 'wxt/utils/define-content-script';
import { unpackArray } from '@/lib/match/compiled';
import { chanceHits, type PrefilterBits } from '@/lib/match/prefilter-probe';
import { isSiteEnabled, type Settings } from '@/lib/settings';
import { ask } from '@/utils/ask';
import { loadSettings, onSettingsChanged } from '@/utils/settings';
import type { StartPage } from './handoff';
import { DETECTOR, loadChunk } from './load-chunk';
import { askMatcher, textAppears } from './load-matcher';
import { listenForPageRequests, type PageApi } from './page-api';
import { watchText } from './watch-text';
import './style.css';
import './card/active.css';

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
    const [data, stored] = await Promise.all([ask({ type: 'prefilter' }), loadSettings()]).catch(
      (error: unknown) => {
        // After an extension update the old script's channel is gone: stop quietly.
        if (ctx.isValid) console.warn('Fact cards: no prefilter', error);
        return [];
      },
    );
    if (!data || !stored || ctx.isInvalid) return;
    settings ??= stored;
    // A site switched off is not read at all until it is switched on again.
    if (!isSiteEnabled(settings, location.hostname)) {
      await new Promise<void>((resolve) => {
        siteOn = resolve;
      });
    }
    let decide: (api: Promise<PageApi | undefined>) => void = () => {};
    verdict = new Promise((resolve) => {
      decide = resolve;
    });
    const filter: PrefilterBits = {
      ...data,
      bits: unpackArray(data.bits) as PrefilterBits['bits'],
    };
    // With few keys the bits rarely hit by chance: while the page still loads, the detection
    // code and the matcher are fetched alongside the check rather than after it.
    const sparse = chanceHits(data.keys, data.log) < 0.05;
    let early: ReturnType<typeof prepare> | undefined;
    const found = await watchText(
      ctx,
      filter,
      (hashes) => {
        if (sparse && document.readyState === 'loading') early ??= prepare();
        return ask({ type: 'prefilter-check', hashes: toBase64(hashes) });
      },
      () => {
        decide(Promise.resolve(undefined));
        // Nothing to paint: the page is as painted as it will be (the benchmark reads the mark).
        performance.mark('factcard-painted', { detail: { mentions: 0, prefiltered: 1 } });
      },
    );
    if (!found || ctx.isInvalid) return decide(Promise.resolve(undefined));
    const { chunk, matcher } = early ?? prepare();
    const current = () => settings ?? stored;
    verdict = chunk.then(
      (start) => (ctx.isValid ? start(ctx, { matcher, settings: current }) : undefined),
      (error: unknown) => {
        console.warn('Fact cards: detection did not load', error);
        return undefined;
      },
    );
    decide(verdict);
  },
});

function prepare() {
  const matcher = askMatcher();
  // A failure is reported where the matcher is used.
  matcher.catch(() => undefined);
  return { chunk: loadChunk<StartPage>(DETECTOR.path, DETECTOR.name), matcher };
}

function toBase64(values: Uint32Array): string {
  return btoa(String.fromCharCode(...new Uint8Array(values.buffer)));
}
