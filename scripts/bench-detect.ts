// Detection in Chromium: a generated ~1 MB page painted by the built extension, against a bare
// TreeWalker pass and mark.js over the same page, and the main-thread time the content script
// adds to an article. The baseline browser is the same Chromium with the same flags and an empty
// extension, so the only difference is our content script. Run by `npm run bench`.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../tests/e2e/helpers/chromium';
import { waitForImport } from '../tests/e2e/helpers/extension';
import { inContentScript } from '../tests/e2e/helpers/highlights';
import { serveFixtures } from '../tests/e2e/helpers/server';
import { newsPage } from './bench-page';

const root = join(import.meta.dirname, '..');
const LOADS = 9;

/**
 * Registered before anything else loads: the page's long tasks, and at each animation frame
 * until the first mention is painted, whether the page shows text yet (the first paragraph).
 */
const OBSERVER = `<script>window.__tasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) __tasks.push([e.startTime, e.duration]); })
  .observe({ type: 'longtask', buffered: true });
window.__unpainted = 0;
(function frame() {
  const painted = (CSS.highlights.get('factcard-mention')?.size ?? 0) > 0;
  if (!painted && document.querySelector('p')) __unpainted++;
  if (!painted && performance.now() < 30000) requestAnimationFrame(frame);
})();</script>`;

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface Load {
  dcl: number;
  /** Frames drawn with the page's text on screen and no mention painted (see OBSERVER). */
  unpainted: number;
  painted: number;
  detail: Record<string, number>;
  tasks: [number, number][];
}

async function load(context: BrowserContext, url: string, painted: boolean): Promise<Load> {
  const page = await context.newPage();
  await page.goto(url);
  if (painted) {
    await page.waitForFunction(() => performance.getEntriesByName('factcard-painted').length > 0, {
      timeout: 30_000,
    });
  }
  await page.waitForTimeout(400);
  const result = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const mark = performance.getEntriesByName('factcard-painted')[0] as PerformanceMark | undefined;
    return {
      dcl: nav.domContentLoadedEventStart,
      // The frame whose animation-frame callback saw the first ranges shows them.
      unpainted: Math.max(0, (window as unknown as { __unpainted: number }).__unpainted - 1),
      painted: mark?.startTime ?? Number.NaN,
      detail: (mark?.detail ?? {}) as Record<string, number>,
      tasks: (window as unknown as { __tasks: [number, number][] }).__tasks,
    };
  });
  await page.close();
  return result;
}

/** The longest task overlapping [from, to]. */
const longest = (tasks: [number, number][], from: number, to: number) =>
  Math.max(0, ...tasks.filter(([s, d]) => s + d >= from && s <= to).map(([, d]) => d));

/** Main-thread task and script time of one load, from CDP's Performance domain, in ms. */
async function taskTime(context: BrowserContext, url: string, painted: boolean) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    const get = (n: string) => (metrics.find((m) => m.name === n)?.value ?? 0) * 1000;
    return { task: get('TaskDuration'), script: get('ScriptDuration') };
  };
  const before = await metric();
  await page.goto(url);
  if (painted) {
    await page.waitForFunction(() => performance.getEntriesByName('factcard-painted').length > 0);
  }
  await page.waitForTimeout(600);
  const after = await metric();
  const mark = await page.evaluate(
    () =>
      ((performance.getEntriesByName('factcard-painted')[0] as PerformanceMark | undefined)
        ?.detail ?? {}) as Record<string, number>,
  );
  await cdp.detach();
  await page.close();
  return { task: after.task - before.task, script: after.script - before.script, mark };
}

async function treeWalkerMs(page: Page): Promise<number> {
  return page.evaluate(() => {
    const start = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
    return performance.now() - start + (chars < 0 ? 1 : 0);
  });
}

/** mark.js marking every alias as one phrase, whole words, diacritics folded (its defaults). */
async function markJs(page: Page, names: string[]) {
  await page.addScriptTag({ path: join(root, 'node_modules/mark.js/dist/mark.min.js') });
  return page.evaluate((keywords) => {
    type MarkJs = new (el: Element) => { mark(k: string[], o: Record<string, unknown>): void };
    const Mark = (window as unknown as { Mark: MarkJs }).Mark;
    const start = performance.now();
    try {
      new Mark(document.body).mark(keywords, { separateWordSearch: false, accuracy: 'exactly' });
    } catch (error) {
      // Its folded patterns can overflow the regular expression stack on the big page.
      return { ms: Number.NaN, marks: 0, error: String(error).slice(0, 80) };
    }
    return { ms: performance.now() - start, marks: document.querySelectorAll('mark').length };
  }, names);
}

/** hitTest timed in the content script's world over the mentions on screen. */
async function hitTestUs(page: Page): Promise<number> {
  return inContentScript(page, () => {
    type Detection = {
      mentions(): { rect(): DOMRect }[];
      hitTest(x: number, y: number): unknown;
    };
    const detection = (globalThis as unknown as { factcardDetection: Detection }).factcardDetection;
    const points = detection
      .mentions()
      .map((m) => m.rect())
      .filter((r) => r.top > 0 && r.bottom < innerHeight)
      .map((r) => [r.left + r.width / 2, r.top + r.height / 2] as const);
    const rounds = 5000;
    const start = performance.now();
    for (let i = 0; i < rounds; i++) detection.hitTest(...points[i % points.length]);
    return ((performance.now() - start) / rounds) * 1000;
  });
}

export interface DetectionBench {
  page: { chars: number; htmlBytes: number; names: number };
  big: {
    sinceDcl: number;
    /** Median of the frames showing the first screen's text before its mentions. */
    unpaintedFrames: number;
    mentions: number;
    busyMs: number;
    longestSliceMs: number;
    unpackMs: number;
    longestTask: number;
    baselineLongestTask: number;
    /** In the 300 ms after painting: the frame that draws thousands of ranges. */
    longestTaskAfter: number;
    baselineLongestTaskAfter: number;
    taskMs: number;
    baselineTaskMs: number;
  };
  treeWalkerMs: number;
  markJs: { ms: number; marks: number; error?: string };
  article: {
    taskMs: number;
    baselineTaskMs: number;
    /** With an empty content script: what any content script costs. */
    emptyScriptTaskMs: number;
    scriptMs: number;
    unpackMs: number;
  };
  hitTestUs: number;
}

/** An extension with nothing in it, or with an empty content script injected like ours. */
async function emptyExtension(withContentScript: boolean): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'factcards-baseline-'));
  const manifest = {
    manifest_version: 3,
    name: 'Baseline',
    version: '1.0',
    background: { service_worker: 'sw.js' },
    ...(withContentScript
      ? {
          content_scripts: [
            { matches: ['http://*/*'], all_frames: true, run_at: 'document_start', js: ['cs.js'] },
          ],
        }
      : {}),
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dir, 'sw.js'), '');
  await writeFile(join(dir, 'cs.js'), '');
  return dir;
}

export async function benchDetection(
  specs: { text: string; lang: string; entityId: string }[],
): Promise<DetectionBench> {
  const names = [...new Set(specs.map((s) => s.text))];
  const big = newsPage(specs, 1_000_000, OBSERVER);
  const server = await serveFixtures();
  server.add('big.html', big.html);
  const bigUrl = server.url('big.html');
  const articleUrl = server.url('detect-en.html');
  const baselineDir = await emptyExtension(false);
  const emptyScriptDir = await emptyExtension(true);
  try {
    const empty = await launchChromium({ extensionDir: emptyScriptDir });
    const emptyArticle: number[] = [];
    try {
      await taskTime(empty.context, articleUrl, false);
      for (let i = 0; i < LOADS; i++) {
        emptyArticle.push((await taskTime(empty.context, articleUrl, false)).task);
      }
    } finally {
      await empty.close();
    }
    const ours = await launchChromium();
    const loads: Load[] = [];
    const bigTasks: number[] = [];
    const article: Awaited<ReturnType<typeof taskTime>>[] = [];
    let hitTest = 0;
    try {
      await waitForImport(await ours.openExtensionPage('popup.html'));
      await load(ours.context, bigUrl, true); // warm-up: caches, service worker
      for (let i = 0; i < LOADS; i++) loads.push(await load(ours.context, bigUrl, true));
      for (let i = 0; i < 3; i++) bigTasks.push((await taskTime(ours.context, bigUrl, true)).task);
      await taskTime(ours.context, articleUrl, true);
      for (let i = 0; i < LOADS; i++) article.push(await taskTime(ours.context, articleUrl, true));
      const page = await ours.context.newPage();
      await page.goto(articleUrl);
      await page.waitForFunction(() => performance.getEntriesByName('factcard-painted').length);
      hitTest = await hitTestUs(page);
    } finally {
      await ours.close();
    }
    const base = await launchChromium({ extensionDir: baselineDir });
    try {
      await load(base.context, bigUrl, false);
      const baseLoads: Load[] = [];
      for (let i = 0; i < LOADS; i++) baseLoads.push(await load(base.context, bigUrl, false));
      const baseBigTasks: number[] = [];
      for (let i = 0; i < 3; i++) {
        baseBigTasks.push((await taskTime(base.context, bigUrl, false)).task);
      }
      await taskTime(base.context, articleUrl, false);
      const baseArticle: number[] = [];
      for (let i = 0; i < LOADS; i++) {
        baseArticle.push((await taskTime(base.context, articleUrl, false)).task);
      }
      const page = await base.context.newPage();
      await page.goto(bigUrl);
      const walker = median([
        await treeWalkerMs(page),
        await treeWalkerMs(page),
        await treeWalkerMs(page),
      ]);
      await page.close();
      const markPage = await base.context.newPage();
      await markPage.goto(bigUrl);
      const mark = await markJs(markPage, names);
      await markPage.close();

      const window = median(loads.map((l) => l.painted - l.dcl));
      const pick = (key: string) => median(loads.map((l) => l.detail[key] ?? Number.NaN));
      return {
        page: { chars: big.chars, htmlBytes: Buffer.byteLength(big.html), names: names.length },
        big: {
          sinceDcl: window,
          unpaintedFrames: median(loads.map((l) => l.unpainted)),
          mentions: pick('mentions'),
          busyMs: pick('busyMs'),
          longestSliceMs: Math.max(...loads.map((l) => l.detail.longestSliceMs ?? 0)),
          unpackMs: pick('unpackMs'),
          longestTask: median(loads.map((l) => longest(l.tasks, l.dcl, l.painted))),
          baselineLongestTask: median(
            baseLoads.map((l) => longest(l.tasks, l.dcl, l.dcl + window)),
          ),
          longestTaskAfter: median(loads.map((l) => longest(l.tasks, l.painted, l.painted + 300))),
          baselineLongestTaskAfter: median(
            baseLoads.map((l) => longest(l.tasks, l.dcl + window, l.dcl + window + 300)),
          ),
          taskMs: median(bigTasks),
          baselineTaskMs: median(baseBigTasks),
        },
        treeWalkerMs: walker,
        markJs: mark,
        article: {
          taskMs: median(article.map((a) => a.task)),
          baselineTaskMs: median(baseArticle),
          emptyScriptTaskMs: median(emptyArticle),
          scriptMs: median(article.map((a) => a.script)),
          unpackMs: median(article.map((a) => a.mark.unpackMs ?? Number.NaN)),
        },
        hitTestUs: hitTest,
      };
    } finally {
      await base.close();
    }
  } finally {
    await server.close();
    await rm(baselineDir, { recursive: true, force: true });
    await rm(emptyScriptDir, { recursive: true, force: true });
  }
}

// `npx tsx scripts/bench-detect.ts`: this part of `npm run bench` alone, on the extension as
// built (no build here), printed as plain figures.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dataset = JSON.parse(readFileSync(join(root, 'public/dataset.json'), 'utf8'));
  const specs = dataset.entities.flatMap(
    (e: { id: string; aliases: { text: string; lang: string }[] }) =>
      e.aliases.map((a) => ({ text: a.text, lang: a.lang, entityId: e.id })),
  );
  const d = await benchDetection(specs);
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  const { big, article } = d;
  console.log(
    [
      `1 MB page, ${big.mentions} mentions: DOMContentLoaded to painted ${ms(big.sinceDcl)} (bare TreeWalker ${ms(d.treeWalkerMs)}); frames showing text before the first mention is painted: ${big.unpaintedFrames}`,
      `  longest task DOMContentLoaded to painted ${ms(big.longestTask)} (${ms(big.baselineLongestTask)} without); in the 300 ms after ${ms(big.longestTaskAfter)} (${ms(big.baselineLongestTaskAfter)} without)`,
      `  our longest slice ${ms(big.longestSliceMs)}, all slices ${ms(big.busyMs)}, matcher unpacked in ${ms(big.unpackMs)}`,
      `  main-thread time of a load ${ms(big.taskMs)} (${ms(big.baselineTaskMs)} without)`,
      `article: main-thread time added ${ms(article.taskMs - article.baselineTaskMs)} (${ms(article.taskMs)} with, ${ms(article.baselineTaskMs)} without, ${ms(article.emptyScriptTaskMs)} with an empty content script; matcher unpacked in ${ms(article.unpackMs)})`,
      `hitTest ${d.hitTestUs.toFixed(1)} µs; mark.js ${d.markJs.error ?? `${ms(d.markJs.ms)} (${d.markJs.marks} marks)`}`,
    ].join('\n'),
  );
}
