/**
 * Runs long work in slices that give the main thread back to the page between them, so that no
 * task of the extension comes near the 50 ms of a long task. The work is a `step` function doing
 * one small unit (one block of text) and returning whether more remains; a slice calls it until
 * the budget is spent. Clock, yield and cancellation are parameters, so this runs in Node too.
 */

export interface SliceOptions {
  /** Milliseconds of work per slice; 8 leaves room for the page within a 16 ms frame. */
  budget?: number;
  /**
   * The first slice's budget, where a longer one is worth it; a function is asked again after
   * each step, so the work can end that slice early once it has done what it was longer for.
   */
  firstBudget?: number | (() => number);
  /** Checked after each yield: true ends the work early (paused, or the extension was reloaded). */
  cancelled?: () => boolean;
  now?: () => number;
  yieldToPage?: () => Promise<void>;
  /** The yield used when the page has had no frame for `frameMs`. */
  yieldForFrame?: () => Promise<void>;
  frameMs?: number;
  /** Told how long each slice took. */
  onSlice?: (ms: number) => void;
}

export interface SliceStats {
  slices: number;
  /** Time spent in steps, summed over slices. */
  busyMs: number;
  longestSliceMs: number;
  completed: boolean;
}

export const SLICE_BUDGET_MS = 8;
/** At least one yield in this many milliseconds lets the page render a frame. */
export const FRAME_EVERY_MS = 32;

export async function runInSlices(
  step: () => boolean,
  options: SliceOptions = {},
): Promise<SliceStats> {
  const {
    budget = SLICE_BUDGET_MS,
    firstBudget = budget,
    cancelled = () => false,
    now = () => performance.now(),
    yieldToPage: pause = yieldToPage,
    yieldForFrame = yieldToRendering,
    frameMs = FRAME_EVERY_MS,
    onSlice,
  } = options;
  const stats: SliceStats = { slices: 0, busyMs: 0, longestSliceMs: 0, completed: false };
  let lastFrameYield = now();
  for (;;) {
    const start = now();
    const limit =
      stats.slices > 0
        ? () => budget
        : typeof firstBudget === 'number'
          ? () => firstBudget
          : firstBudget;
    let more = true;
    let elapsed = 0;
    do {
      more = step();
      elapsed = now() - start;
    } while (more && elapsed < limit());
    stats.slices++;
    stats.busyMs += elapsed;
    stats.longestSliceMs = Math.max(stats.longestSliceMs, elapsed);
    onSlice?.(elapsed);
    if (!more) {
      stats.completed = true;
      return stats;
    }
    if (now() - lastFrameYield >= frameMs) {
      await yieldForFrame();
      lastFrameYield = now();
    } else {
      await pause();
    }
    if (cancelled()) return stats;
  }
}

interface Scheduler {
  yield(): Promise<void>;
}

/**
 * Gives the page a turn: `scheduler.yield()` where it exists (its continuation runs before other
 * queued tasks, so the work still finishes quickly, and input is handled first), else a
 * MessageChannel message, which unlike setTimeout(0) is not clamped to 4 ms after a few nested
 * calls.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return yieldToRendering();
}

/**
 * A yield behind which the page can render. In Chromium a `scheduler.yield()` continuation goes
 * before a due frame: a long run of them held frames back for about 100 ms when measured, so every
 * FRAME_EVERY_MS the work waits in the ordinary task queue instead, after rendering.
 */
export function yieldToRendering(): Promise<void> {
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
