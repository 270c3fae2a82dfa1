import type { PageContext } from '../context';
import { createPainter } from '../paint/paint';
import { applyChanges } from './apply-changes';
import type { Detection, DetectionOptions } from './detection-types';
import { createHitTest } from './hit-test';
import { createLoadingSweep, type LoadingSweep } from './loading';
import { createMentionIndex } from './mention-index';
import { type PageChanges, watchChanges } from './observe';
import type { PageMatcher } from './page-matcher';
import { markPaintedPage } from './painted-mark';
import { createScanner } from './scanner';
import { settled } from './settled';
import { paintScreenFirst } from './viewport';
import { createWorkQueue } from './work-queue';

/**
 * Where this pass is: switched off; scanning what the parser has finished while the page loads;
 * scanning the parsed page; or painted, following what the page changes. Changed by `enter` only.
 */
type Phase =
  | { phase: 'paused' }
  | { phase: 'loading'; sweep: LoadingSweep; stopLooking: () => void }
  | { phase: 'scanning' }
  | { phase: 'painted' };

/** While the page loads, ranges are painted only up to this many (see `idle`). */
const EARLY_PAINT_LIMIT = 300;

/**
 * Scans the page and keeps its mentions painted: while it loads, the blocks the parser has
 * finished; at DOMContentLoaded the blocks on screen first, then the rest in slices that yield
 * to the page; then whatever the page adds or changes, in batches. May start before
 * DOMContentLoaded (as soon as the matcher is ready).
 */
export function startDetection(
  ctx: PageContext,
  matcher: PageMatcher,
  options: DetectionOptions,
): Detection {
  const { services } = options;
  const doc = document;
  const painter = createPainter(doc, options.style);
  const index = createMentionIndex();
  const queue = createWorkQueue(ctx, services.slices, idle);
  const changes = watchChanges(ctx, onChanges);
  const roots = services.shadowRoots((shadow) => {
    shadowRoots = [...shadowRoots, shadow];
    changes.observe(shadow);
    queue.push(scanner.walk(shadow));
    // A root found late (a custom element upgraded) comes when nothing else is running.
    queue.run();
  });
  const scanner = createScanner({ matcher, index, painter, roots, keys: matcher.keys });
  scanner.onRescan((job) => {
    if (phase.phase === 'paused') return;
    queue.push(job);
    queue.run();
  });
  let shadowRoots: ShadowRoot[] = [];
  const hitTest = createHitTest(doc, index, () => shadowRoots);
  let phase: Phase = { phase: 'paused' };
  let markedOnce = false;
  let ready = settled();

  function enter(next: Phase) {
    if (phase.phase === 'loading') phase.stopLooking();
    phase = next;
  }

  function idle() {
    // Chromium rebuilds the markers of every highlighted range after any change to a highlight,
    // so changes go in at a few moments only; while the page loads, only its first screens.
    const started = phase.phase === 'scanning' || phase.phase === 'painted';
    if (started || index.size < EARLY_PAINT_LIMIT) painter.flush();
    if (!started) return;
    roots.check();
    markPainted();
    ready.resolve();
  }

  /** This pass has painted the whole page; the first time, that is marked on the timeline. */
  function markPainted() {
    enter({ phase: 'painted' });
    if (markedOnce) return;
    markedOnce = true;
    painter.flush();
    if (options.marks) {
      markPaintedPage(ctx, () => ({
        ...options.markDetail,
        mentions: index.size,
        ...queue.totals,
      }));
    }
  }

  function whileLoading() {
    const sweep = createLoadingSweep(doc, scanner);
    const stopLooking = services.whileParsing(() => {
      queue.push(sweep.pass());
      queue.run();
    });
    enter({ phase: 'loading', sweep, stopLooking });
    ctx.addEventListener(doc, 'DOMContentLoaded', () => phase.phase === 'loading' && start(), {
      once: true,
    });
  }

  function viewportFirst() {
    const body = doc.body;
    if (phase.phase === 'paused' || !body) return;
    const scanning = phase.phase === 'scanning' && queue.pending > 0;
    if (scanning || painter.windowed)
      paintScreenFirst(body, scanning, { index, painter, scanner, queue });
  }

  function start() {
    const swept = phase.phase === 'loading' ? phase.sweep : undefined;
    enter({ phase: 'scanning' });
    const root = doc.body ?? doc.documentElement;
    changes.observe(doc);
    if (!root || doc.designMode === 'on') return void ready.resolve();
    scanner.drop((block) => !block.isConnected);
    if (swept) {
      // What the parser left is small: paint, then make sure no script change was missed.
      queue.push(swept.rest(), scanner.each([root], markPainted), swept.recheck());
    }
    queue.push(scanner.walk(root));
    ctx.requestAnimationFrame(viewportFirst);
    // The first slice runs at once, in the DOMContentLoaded task, before the frame that follows
    // it. When the page was scanned as it loaded, what is left is the parser's last chunk: a
    // longer slice there usually finishes it, where the next slice would wait for that frame and
    // its layout of the whole page (a hundred milliseconds and more on a long page). It ends
    // once the page is painted: the checks after that need no hurry.
    const { SLICE_BUDGET_MS, FRAME_EVERY_MS } = services.slices;
    const painted = () => phase.phase === 'painted';
    queue.run(swept ? () => (painted() ? SLICE_BUDGET_MS : FRAME_EVERY_MS) : undefined);
  }

  function begin() {
    if (doc.readyState === 'loading') whileLoading();
    else start();
  }

  function onChanges(found: PageChanges) {
    if (phase.phase === 'paused' || doc.designMode === 'on') return;
    applyChanges(found, scanner, queue);
    roots.check();
    queue.run();
  }

  function pause() {
    if (phase.phase === 'paused') return;
    enter({ phase: 'paused' });
    changes.disconnect();
    queue.clear();
    roots.stop();
    shadowRoots = [];
    scanner.reset();
  }

  function resume() {
    if (phase.phase !== 'paused' || ctx.isInvalid) return;
    ready = settled(ready);
    begin();
  }

  // Other packs: what is painted stays until the page is scanned again with their matcher.
  matcher.onChange((change) => {
    if (change === 'replaced' && phase.phase !== 'paused') {
      pause();
      resume();
    }
  });
  ctx.onInvalidated(() => {
    pause();
    painter.dispose();
  });
  if (!options.paused) begin();

  return {
    mentions: () => index.list(),
    hitTest,
    pause,
    resume,
    setStyle: (style) => painter.setStyle(style),
    get ready() {
      return ready.promise;
    },
  };
}
