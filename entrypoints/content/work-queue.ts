import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runInSlices, yieldToPage } from '@/lib/page/slices';

/** One unit of work at a time: returns true while the job has more to do. */
export type Job = () => boolean;

/** Totals over every slice the queue has run. */
export interface WorkTotals {
  busyMs: number;
  slices: number;
  longestSliceMs: number;
}

/**
 * Scanning jobs, run in order in slices that yield to the page. `onIdle` is told when the queue
 * has run dry; not when the extension went away meanwhile.
 */
export function createWorkQueue(ctx: ContentScriptContext, onIdle: () => void) {
  let jobs: Job[] = [];
  let running = false;
  const totals: WorkTotals = { busyMs: 0, slices: 0, longestSliceMs: 0 };
  const onSlice = (ms: number) => {
    totals.busyMs += ms;
    totals.slices++;
    totals.longestSliceMs = Math.max(totals.longestSliceMs, ms);
  };

  function step(): boolean {
    const job = jobs[0];
    if (job && !job()) jobs.shift();
    return jobs.length > 0;
  }

  async function run() {
    if (running) return;
    running = true;
    const stats = await runInSlices(step, { cancelled: () => ctx.isInvalid, onSlice });
    running = false;
    if (stats.completed) onIdle();
  }

  return {
    push(...more: Job[]) {
      jobs.push(...more);
    },
    /** Puts jobs before all others (the blocks on screen). */
    first(...more: Job[]) {
      jobs.unshift(...more);
    },
    clear() {
      jobs = [];
    },
    get pending() {
      return jobs.length;
    },
    totals,
    /** Runs the queue now, or lets it go on if it is running. */
    run: () => void run(),
    /** Runs the queue in a task of its own, not in the one that is running now. */
    runSoon: () => void yieldToPage().then(run),
  };
}
