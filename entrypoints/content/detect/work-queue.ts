import type { PageContext } from '../context';
import type { Slices } from '../handoff';

/** One unit of work at a time: returns true while the job has more to do. */
export type Job = () => boolean;

/** Totals over every slice the queue has run. */
interface WorkTotals {
  busyMs: number;
  slices: number;
  longestSliceMs: number;
}

/**
 * Scanning jobs, run in order in slices that yield to the page. `onIdle` is told when the queue
 * has run dry; not when the extension went away meanwhile.
 */
export function createWorkQueue(ctx: PageContext, slices: Slices, onIdle: () => void) {
  // While the document is parsed, Chromium runs the parser's chunks and the frame after each
  // ahead of ordinary tasks, so a yield behind rendering waits some hundreds of milliseconds
  // there and the page is still unscanned at DOMContentLoaded; the parser and frames go on
  // between passes anyway.
  const yieldForFrame = () =>
    document.readyState === 'loading' ? slices.yieldToPage() : slices.yieldToRendering();
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
    if (job && !runJob(job)) jobs.shift();
    return jobs.length > 0;
  }

  async function run(firstBudget?: number | (() => number)) {
    if (running) return;
    running = true;
    let completed = false;
    try {
      const stats = await slices.runInSlices(step, {
        cancelled: () => ctx.isInvalid,
        onSlice,
        yieldForFrame,
        firstBudget,
      });
      completed = stats.completed;
    } finally {
      running = false;
    }
    // After `running` is reset: onIdle may queue more work and run it.
    if (completed) onIdle();
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
    /**
     * Runs the queue now, or lets it go on if it is running; `firstBudget` is the first slice's
     * budget in milliseconds when it is not the usual one.
     */
    run: (firstBudget?: number | (() => number)) => void run(firstBudget),
  };
}

/**
 * Runs one step of a job; whether it has more to do. A job that throws (a page may hand the
 * scanner anything) is dropped with a warning, so the rest of the page is still scanned.
 */
function runJob(job: Job): boolean {
  try {
    return job();
  } catch (error) {
    console.warn('Fact cards: a scanning step failed', error);
    return false;
  }
}

export type WorkQueue = ReturnType<typeof createWorkQueue>;
