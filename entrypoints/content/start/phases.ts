import type { Detector } from '../handoff';

/**
 * Where start-up is on this page. Only the two phases in the middle of a search leave a page
 * request waiting: every other phase has its answer.
 */
export type Phase =
  /** For text of its own (a frame), or for the settings and the prefilter. */
  | { phase: 'waiting' }
  /** The reader switched the extension off for this site; a detection started before is paused. */
  | { phase: 'off'; paused?: Promise<Detector | undefined> }
  /** Reading the page with the prefilter until a key worth scanning for turns up. */
  | { phase: 'searching'; stop: AbortController }
  /** The parsed page holds nothing to find (what it adds is still read). */
  | { phase: 'nothing-found'; stop: AbortController }
  /** Something was found: detection runs in detector.js. */
  | { phase: 'detecting'; detector: Promise<Detector | undefined> };

export type Settled = Exclude<Phase, { phase: 'waiting' | 'searching' }>;

const isSettled = (phase: Phase): phase is Settled =>
  phase.phase !== 'waiting' && phase.phase !== 'searching';

/** The current phase, changed by `set` alone, and a promise for the next settled one. */
export function createPhases() {
  let current: Phase = { phase: 'waiting' };
  let waiters: ((phase: Settled) => void)[] = [];
  return {
    get current(): Phase {
      return current;
    },
    set(next: Phase) {
      current = next;
      if (!isSettled(next)) return;
      const woken = waiters;
      waiters = [];
      for (const wake of woken) wake(next);
    },
    /** The phase now when it has its answer, else the next one that has. */
    settled(): Promise<Settled> {
      if (isSettled(current)) return Promise.resolve(current);
      return new Promise((resolve) => waiters.push(resolve));
    },
  };
}

export type Phases = ReturnType<typeof createPhases>;
