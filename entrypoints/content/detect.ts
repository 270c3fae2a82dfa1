import type { Matcher } from '@/lib/match/matcher';
import { pageMarksAllowed } from '@/lib/page/marks';
import { FRAME_EVERY_MS, SLICE_BUDGET_MS } from '@/lib/page/slices';
import type { HighlightStyle } from '@/lib/settings';
import type { PageContext } from './context';
import { createHitTest } from './hit-test';
import type { KeyGate } from './key-gate';
import { watchLateHosts } from './late-hosts';
import { createLoadingSweep } from './loading';
import { createMentionIndex } from './mention-index';
import { type PageChanges, watchChanges } from './observe';
import type { PageMention } from './page-mention';
import { createPainter } from './paint';
import { createScanner } from './scanner';
import { skippedAncestor } from './text-runs';
import { blocksInView } from './viewport';
import { createWorkQueue } from './work-queue';

export type { PageMention };

/**
 * Mention detection in one document (each frame runs its own). This interface is what cards,
 * keyboard navigation and the popup build on: keep it stable.
 */
export interface Detection {
  /** Every mention found so far, in document order (a shadow tree's where its host is). */
  mentions(): readonly PageMention[];
  /** The mention under a viewport point, or undefined; some tens of microseconds. */
  hitTest(x: number, y: number): PageMention | undefined;
  /** Removes every mention and stops watching the page (the per-site switch). */
  pause(): void;
  /** Scans the page again from the start and watches it. */
  resume(): void;
  /** Switches how mentions look; 'off' keeps them (the keyboard walks them), invisibly. */
  setStyle(style: HighlightStyle): void;
  /** Settles once the page as it was at the start (or the last resume) is fully painted. */
  readonly ready: Promise<void>;
}

export interface DetectionOptions {
  style?: HighlightStyle;
  /** Start switched off; `resume()` starts the scan. */
  paused?: boolean;
  /** More figures for the `factcard-painted` mark (the benchmark reads them). */
  markDetail?: Record<string, number>;
  /** When the matcher knows only the page's keys so far: what sees each text first. */
  gate?: KeyGate;
}

/** How often the page is looked at while it is still loading. */
const LOADING_PASS_MS = 50;
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
  matcher: Matcher,
  options: DetectionOptions = {},
): Detection {
  const doc = document;
  const painter = createPainter(doc, options.style ?? 'underline');
  const index = createMentionIndex();
  const queue = createWorkQueue(ctx, idle);
  const changes = watchChanges(ctx, onChanges);
  const hosts = watchLateHosts(ctx, (shadow) => {
    onShadowRoot(shadow);
    queue.run();
  });
  const scanner = createScanner({
    matcher,
    index,
    painter,
    onShadowRoot,
    onBlock: (block) => hosts.consider(block),
    gate: options.gate,
  });
  options.gate?.connect((blocks) => {
    if (paused) return;
    for (const block of blocks) scanner.stale(block);
    queue.push(scanner.each(blocks.filter((block) => block.isConnected)));
    queue.run();
  });
  let shadowRoots: ShadowRoot[] = [];
  const hitTest = createHitTest(doc, index, () => shadowRoots);
  let paused = options.paused ?? false;
  let started = false;
  let painted = false;
  // This pass (from the start or the last resume) has painted the whole page.
  let passPainted = false;
  let ready = settled();
  let loading: ReturnType<typeof createLoadingSweep> | undefined;
  let loadingTimer: ReturnType<typeof setTimeout> | undefined;

  function onShadowRoot(shadow: ShadowRoot) {
    if (shadowRoots.includes(shadow)) return;
    shadowRoots = [...shadowRoots, shadow];
    changes.observe(shadow);
    queue.push(scanner.walk(shadow));
  }

  function idle() {
    // Chromium rebuilds the markers of every highlighted range after any change to a highlight,
    // so changes go in at a few moments only; while the page loads, only its first screens.
    if (started || index.size < EARLY_PAINT_LIMIT) painter.flush();
    if (paused || !started) return;
    hosts.check();
    markPainted();
    ready.resolve();
  }

  /**
   * All the page's mentions are painted: noted for this pass, and the first time marked on the
   * timeline (read by `npm run bench`).
   */
  function markPainted() {
    passPainted = true;
    if (painted) return;
    painted = true;
    painter.flush();
    if (!pageMarksAllowed()) return;
    // Marked at this moment, but written once the current slice has ended, so that the slice
    // which painted is in the totals too.
    const at = performance.now();
    ctx.setTimeout(() => {
      performance.mark('factcard-painted', {
        startTime: at,
        detail: { ...options.markDetail, mentions: index.size, ...queue.totals },
      });
    }, 0);
  }

  function whileLoading() {
    const sweep = createLoadingSweep(doc, scanner);
    loading = sweep;
    let lastLook = 0;
    let frameAsked = false;
    const stillLoading = () =>
      loading === sweep && !paused && ctx.isValid && doc.readyState === 'loading';
    const look = () => {
      clearTimeout(loadingTimer);
      loadingTimer = undefined;
      if (!stillLoading()) return;
      lastLook = performance.now();
      queue.push(sweep.pass());
      queue.run();
      loadingTimer = setTimeout(look, LOADING_PASS_MS);
      nextFrame();
    };
    // While the parser works, Chromium runs its chunks and a frame after each ahead of timers,
    // which then wait a few hundred milliseconds: an animation frame is the reliable moment
    // to look at what the last chunk added. The timer stays for tabs that render no frames.
    const nextFrame = () => {
      if (frameAsked) return;
      frameAsked = true;
      ctx.requestAnimationFrame(() => {
        frameAsked = false;
        if (!stillLoading()) return;
        if (performance.now() - lastLook >= LOADING_PASS_MS) look();
        else nextFrame();
      });
    };
    look();
    ctx.addEventListener(doc, 'DOMContentLoaded', () => !paused && !started && start(), {
      once: true,
    });
  }

  function viewportFirst() {
    const body = doc.body;
    if (paused || !body) return;
    const scanning = !passPainted && queue.pending > 0;
    if (!scanning && !painter.windowed) return;
    const blocks = blocksInView(body, innerHeight).filter((block) => !skippedAncestor(block));
    // The screen's mentions show at once; the rest of the page waits for the end of the pass,
    // or on a page painted in a window, for the window's first report after this frame.
    const show = () => {
      painter.flush();
      painter.reveal(blocks.flatMap((block) => index.of(block)));
    };
    if (scanning) queue.first(scanner.each(blocks, show));
    else show();
  }

  function start() {
    clearTimeout(loadingTimer);
    const root = doc.body ?? doc.documentElement;
    changes.observe(doc);
    started = true;
    passPainted = false;
    if (!root || doc.designMode === 'on') return void ready.resolve();
    scanner.drop((block) => !block.isConnected);
    const swept = loading !== undefined;
    if (loading) {
      // What the parser left is small: paint, then make sure no script change was missed.
      queue.push(loading.rest(), scanner.each([root], markPainted), loading.recheck());
      loading = undefined;
    }
    queue.push(scanner.walk(root));
    ctx.requestAnimationFrame(viewportFirst);
    // The first slice runs at once, in the DOMContentLoaded task, before the frame that follows
    // it. When the page was scanned as it loaded, what is left is the parser's last chunk: a
    // longer slice there usually finishes it, where the next slice would wait for that frame and
    // its layout of the whole page (a hundred milliseconds and more on a long page). It ends
    // once the page is painted: the checks after that need no hurry.
    queue.run(swept ? () => (passPainted ? SLICE_BUDGET_MS : FRAME_EVERY_MS) : undefined);
  }

  function begin() {
    if (doc.readyState === 'loading') whileLoading();
    else start();
  }

  function onChanges({ blocks, added, removed }: PageChanges) {
    if (paused || doc.designMode === 'on') return;
    if (removed) scanner.drop((block) => !block.isConnected);
    for (const block of blocks) {
      if (!block.isConnected) continue;
      const skipped = skippedAncestor(block);
      if (skipped) {
        scanner.drop((b) => composedContains(skipped, b));
        continue;
      }
      scanner.stale(block);
      queue.push(scanner.each([block]));
    }
    for (const element of added) {
      if (element.isConnected && !skippedAncestor(element)) queue.push(scanner.walk(element));
    }
    hosts.check();
    queue.run();
  }

  function pause() {
    if (paused) return;
    paused = true;
    started = false;
    loading = undefined;
    clearTimeout(loadingTimer);
    changes.disconnect();
    queue.clear();
    hosts.stop();
    shadowRoots = [];
    scanner.reset();
  }

  ctx.onInvalidated(() => {
    pause();
    painter.dispose();
  });
  if (!paused) begin();

  return {
    mentions: () => index.list(),
    hitTest,
    pause,
    resume() {
      if (!paused || ctx.isInvalid) return;
      paused = false;
      ready = settled(ready);
      begin();
    },
    setStyle: (style) => painter.setStyle(style),
    get ready() {
      return ready.promise;
    },
  };
}

interface Settled {
  promise: Promise<void>;
  resolve(): void;
  done: boolean;
}

/** A promise with its resolver; a still pending one is kept (its waiters want the next paint). */
function settled(previous?: Settled): Settled {
  if (previous && !previous.done) return previous;
  let resolve = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  const state: Settled = {
    promise,
    done: false,
    resolve: () => {
      state.done = true;
      resolve();
    },
  };
  return state;
}

/** Whether `node` is `ancestor` or inside it, across shadow roots. */
function composedContains(ancestor: Node, node: Node): boolean {
  for (
    let n: Node | null = node;
    n;
    n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)
  ) {
    if (n === ancestor) return true;
  }
  return false;
}
