// Main-thread time a Chromium page load spends on the extension's scripts, from a trace of the
// load: the renderer main thread's events that name a chrome-extension:// script (evaluating,
// compiling, calling into it), together with the CPU profiler's samples whose stack holds such a
// script (which catches the promise continuations no event names), as one union of intervals.
import type { BrowserContext } from 'playwright-core';

interface TraceEvent {
  ph: string;
  name: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      startTime?: number;
      cpuProfile?: {
        nodes?: { id: number; parent?: number; callFrame: { url: string } }[];
        samples?: number[];
      };
      timeDeltas?: number[];
    };
  };
}

const CATEGORIES = [
  'devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
].join(',');

const OURS = 'chrome-extension://';

/** Milliseconds of the union of [start, end) intervals given in microseconds. */
function unionMs(intervals: [number, number][]): number {
  intervals.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [from, to] = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (const [s, e] of intervals) {
    if (s > to) {
      if (to > from) total += to - from;
      [from, to] = [s, e];
    } else to = Math.max(to, e);
  }
  if (to > from) total += to - from;
  return total / 1000;
}

/** The extension's share of the main thread in the trace's events, in ms. */
export function attribute(events: TraceEvent[]): number {
  // Other renderers (extension pages) are in the trace too: the page's is the busiest.
  const mains = events.filter((e) => e.ph === 'M' && e.args?.name === 'CrRendererMain');
  const busy = (m: TraceEvent) =>
    events.filter((e) => e.ph === 'X' && e.pid === m.pid && e.tid === m.tid).length;
  const main = mains.sort((a, b) => busy(b) - busy(a))[0];
  if (!main) return Number.NaN;
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const intervals: [number, number][] = [];
  for (const e of onMain) {
    if (e.ph === 'X' && e.dur && JSON.stringify(e.args ?? {}).includes(OURS)) {
      intervals.push([e.ts, e.ts + e.dur]);
    }
  }
  // Profile samples: a node is ours when it or a caller runs one of our scripts.
  const start = onMain.find((e) => e.name === 'Profile');
  // The samples come from the profiler's own thread of the same process.
  const profile = events.filter(
    (e) => e.name === 'ProfileChunk' && e.pid === main.pid && e.id === start?.id,
  );
  const parent = new Map<number, number | undefined>();
  const url = new Map<number, string>();
  let t = start?.args?.data?.startTime ?? start?.ts ?? 0;
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const p = parent.get(id);
    const value = (url.get(id) ?? '').startsWith(OURS) || (p !== undefined && isOurs(p));
    ours.set(id, value);
    return value;
  };
  // A sample stands for at most one sampling interval before it: a longer gap is time the
  // thread was not running (descheduled on a busy machine), not time in the sampled code.
  const all = profile.flatMap((chunk) => chunk.args?.data?.timeDeltas ?? []);
  const interval = [...all].sort((a, b) => a - b)[Math.floor(all.length / 2)] ?? 0;
  for (const chunk of profile) {
    const data = chunk.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) {
      parent.set(node.id, node.parent);
      url.set(node.id, node.callFrame.url);
    }
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      t += deltas[i] ?? 0;
      if (isOurs(samples[i])) intervals.push([t - Math.min(deltas[i] ?? 0, interval * 1.5), t]);
    }
  }
  return unionMs(intervals);
}

/** Loads `url` in a new tab under a trace; `settle` waits for what the load should include. */
export async function tracedLoad(
  context: BrowserContext,
  url: string,
  settle: (page: import('playwright-core').Page) => Promise<void>,
): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    events.push(...(value as unknown as TraceEvent[]));
  });
  const complete = new Promise<void>((resolve) =>
    cdp.once('Tracing.tracingComplete', () => resolve()),
  );
  await cdp.send('Tracing.start', {
    categories: CATEGORIES,
    transferMode: 'ReportEvents',
  } as never);
  await page.goto(url);
  await settle(page);
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  await page.close();
  return attribute(events);
}
