import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadPageStart } from '@/utils/page-start';
import { textAppears } from './dom/page-ready';
import { answerPageRequests } from './start/page-requests';
import { createPhases } from './start/phases';
import { createStartUp } from './start/start-up';

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
    const phases = createPhases();
    answerPageRequests(ctx, phases);
    const startUp = createStartUp(ctx, phases);
    // A frame waits for text of its own before it asks for anything.
    if (window !== window.top) await textAppears(ctx);
    // The settings and the prefilter the background stored come in one read: a page with
    // nothing to find asks the background nothing.
    const start = await loadPageStart().catch(() => undefined);
    if (ctx.isInvalid) return;
    if (start) startUp.begin(start);
    else startUp.fail();
  },
});
