// Card latency: time from the end of the hover dwell to the frame that shows the card, over 20
// hovers, on an article and on a ~1 MB page. Run by `npm run bench` (or alone with tsx).
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { waitForDialog } from '../tests/e2e/helpers/card';
import { launchChromium } from '../tests/e2e/helpers/chromium';
import { waitForImport } from '../tests/e2e/helpers/extension';
import { waitForHighlights, waitForPainted } from '../tests/e2e/helpers/highlights';
import { serveFixtures } from '../tests/e2e/helpers/server';
import { scriptExtension } from './bench-cost';

const root = join(import.meta.dirname, '..');
const HOVERS = 20;

function bigPage(): string {
  const article = readFileSync(join(root, 'tests/e2e/fixtures/article-en.html'), 'utf8');
  const body = article.slice(article.indexOf('<article>'), article.indexOf('</article>') + 10);
  const copies = Math.ceil(1_000_000 / body.length);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>1 MB</title></head><body>${body.repeat(copies)}</body></html>`;
}

/** Hovers `count` distinct mentions near the top of the page, leaving each one first. */
async function hoverTimes(page: Page, count: number): Promise<number[]> {
  const points = await page.evaluate((n) => {
    const out: { x: number; y: number }[] = [];
    for (const range of CSS.highlights.get('factcard-mention') ?? []) {
      const r = range as AbstractRange;
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      const rect = live.getClientRects()[0];
      if (rect && rect.bottom < innerHeight && rect.top > 0) {
        out.push({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
      }
      if (out.length >= n) break;
    }
    return out;
  }, count);
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const { x, y } = points[i % points.length];
    await page.mouse.move(1, 1);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(50);
    await page.evaluate(() => performance.clearMarks('factcard-card-shown'));
    await page.mouse.move(x, y);
    await waitForDialog(page);
    const since = await page.waitForFunction(() => {
      const mark = performance.getEntriesByName('factcard-card-shown')[0] as
        | PerformanceMark
        | undefined;
      return (mark?.detail as { sinceDwell?: number } | undefined)?.sinceDwell;
    });
    times.push(Number(await since.jsonValue()));
  }
  return times;
}

/** Time from a change to the next frame, median of 7: one element added, or 300 px scrolled. */
async function nextFrame(page: Page, change: 'add' | 'scroll'): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    times.push(
      await page.evaluate(
        (kind) =>
          new Promise<number>((resolve) => {
            const start = performance.now();
            if (kind === 'add') document.body.append(document.createElement('div'));
            else window.scrollBy(0, 300);
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
          }),
        change,
      ),
    );
    await page.waitForTimeout(100);
  }
  return median(times);
}

/**
 * Time to the next frame after one element is added to the page, and after scrolling, with the
 * mentions painted, then with the highlight taken away: Chromium rebuilds every highlighted range
 * after any change to the page's DOM or style, and the card's own appearance is such a change.
 */
async function changeFrames(
  page: Page,
): Promise<{ painted: number; bare: number; ranges: number; scroll: number }> {
  const ranges = await page.evaluate(() => CSS.highlights.get('factcard-mention')?.size ?? 0);
  const painted = await nextFrame(page, 'add');
  const scroll = await nextFrame(page, 'scroll');
  await page.evaluate(() => CSS.highlights.delete('factcard-mention'));
  const bare = await nextFrame(page, 'add');
  return { painted, bare, ranges, scroll };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const max = (xs: number[]) => Math.max(...xs);

/**
 * Card latency and frame costs for the built extension, and for a `compare` build (another
 * `.output/chrome-mv3`) in the same run when given.
 */
export async function benchCard(compare?: string): Promise<string[]> {
  const server = await serveFixtures();
  server.add('big.html', bigPage());
  const pages = [
    ['article', 'article-en.html'],
    ['1 MB page', 'big.html'],
  ];
  const rows: string[] = [];
  // The same frames on a browser whose only content script is empty: the page's own cost.
  const empty = await scriptExtension('');
  const without = new Map<string, { change: number; scroll: number }>();
  const bare = await launchChromium({ extensionDir: empty });
  try {
    for (const [name, path] of pages) {
      const page = await bare.context.newPage();
      await page.goto(server.url(path));
      await page.waitForTimeout(3000);
      without.set(name, {
        change: await nextFrame(page, 'add'),
        scroll: await nextFrame(page, 'scroll'),
      });
      await page.close();
    }
  } finally {
    await bare.close();
    await rm(empty, { recursive: true, force: true });
  }
  for (const [label, dir] of [
    ['', undefined],
    [' (compared build)', compare],
  ] as const) {
    if (label && !dir) continue;
    const session = await launchChromium({ extensionDir: dir });
    try {
      // Cards are read from the database: hovering before the import ends only times the import.
      await waitForImport(await session.openExtensionPage('popup.html'));
      for (const [name, path] of pages) {
        const page = await session.context.newPage();
        await page.goto(server.url(path));
        // Settled, as the page without our script is: the whole page painted, nothing in flight.
        await waitForPainted(page, 30_000);
        await page.waitForTimeout(1000);
        // The DOM change first: it takes the highlight away to measure the baseline.
        const change = await changeFrames(page);
        const alone = without.get(name);
        rows.push(
          `next frame after one DOM change, ${name}${label}: ${change.painted.toFixed(1)} ms with ${change.ranges} ranges in the highlight, ${change.bare.toFixed(1)} ms with the highlight removed, ${alone?.change.toFixed(1)} ms without our content script (baseline)`,
          `next frame after scrolling 300 px, ${name}${label}: ${change.scroll.toFixed(1)} ms, ${alone?.scroll.toFixed(1)} ms without our content script (baseline)`,
        );
        await page.reload();
        await waitForHighlights(page, 3);
        const times = await hoverTimes(page, HOVERS).catch((error: unknown) => {
          rows.push(`card shown after dwell, ${name}${label}: ${String(error).split('\n')[0]}`);
          return [];
        });
        if (times.length) {
          rows.push(
            `card shown after dwell, ${name}${label}: median ${median(times).toFixed(1)} ms, max ${max(times).toFixed(1)} ms over ${HOVERS} hovers, the first ${times[0].toFixed(1)} ms (one frame = 16.7 ms)`,
          );
        }
        await page.close();
      }
    } finally {
      await session.close();
    }
  }
  await server.close();
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await benchCard()) console.log(row);
}
