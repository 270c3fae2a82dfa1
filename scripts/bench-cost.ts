// What the content script costs a page's main thread, from Chromium traces (bench-trace.ts): on a
// 25 KB page that mentions nothing and on an article, beside an empty content script and one of
// the same size as ours that never runs (what compiling it alone costs). Medians of LOADS loads.
// Run by `npm run bench`, or alone: npx tsx scripts/bench-cost.ts [--compare <built extension>].
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { compileMatcher } from '../lib/match/matcher';
import { buildPrefilter } from '../lib/match/prefilter';
import { createProbe, probeText } from '../lib/match/prefilter-probe';
import { syntheticParagraphs } from '../lib/match/synthetic';
import { CHROME_BUILD } from '../tests/e2e/helpers/build';
import { launchChromium } from '../tests/e2e/helpers/chromium';
import { waitForImport } from '../tests/e2e/helpers/extension';
import { serveFixtures } from '../tests/e2e/helpers/server';
import { median } from './bench-detect';
import { tracedLoad } from './bench-trace';

const LOADS = 7;
/** Menu entries of the larger page with no mention: some 10,000 elements. */
export const MENUS = 2500;

/** An extension whose only work is a content script injected like ours, with this code. */
export async function scriptExtension(code: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'factcards-cost-'));
  const manifest = {
    manifest_version: 3,
    name: 'Baseline',
    version: '1.0',
    // The browser launcher waits for a service worker.
    background: { service_worker: 'sw.js' },
    content_scripts: [
      { matches: ['http://*/*'], all_frames: true, run_at: 'document_start', js: ['cs.js'] },
    ],
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(join(dir, 'cs.js'), code);
  await writeFile(join(dir, 'sw.js'), '');
  return dir;
}

/**
 * A 25 KB news-like page that mentions nothing: the generated paragraphs (six languages) in which
 * the bundled dataset's matcher finds no name (the Arabic word list has "the United Nations") and
 * no name begins. With `menus`, that many menu entries of four elements each come before the
 * article, as news sites' navigation, teasers and footers make a page of thousands of elements.
 */
export function quietPage(menus = 0): string {
  const dataset = JSON.parse(readFileSync(join(CHROME_BUILD, 'dataset.json'), 'utf8'));
  const specs = dataset.entities.flatMap(
    (e: { id: string; aliases: { text: string; lang: string }[] }) =>
      e.aliases.map((a) => ({ text: a.text, lang: a.lang, entityId: e.id })),
  );
  const matcher = compileMatcher(specs);
  const prefilter = buildPrefilter(specs);
  // Also without the first words of a name (a Polish "premier" is a key, the short form of a
  // name that counts only after the full one): such a page loads detection to find nothing.
  const keyless = (paragraph: string) => {
    let key = false;
    const probe = createProbe(prefilter, (hash) => {
      key ||= prefilter.exact.has(hash);
    });
    probeText(probe, paragraph);
    return !key;
  };
  const quiet = syntheticParagraphs(60_000, [], 11).filter(
    (p) => matcher.find(p).length === 0 && keyless(p),
  );
  const body: string[] = [];
  let chars = 0;
  for (const paragraph of quiet) {
    if (chars >= 25_000) break;
    body.push(`<p>${paragraph.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
    chars += paragraph.length;
  }
  const nav = Array.from(
    { length: menus },
    (_, i) => `<li class="m${i % 7}"><a href="#s${i}"><span>Section ${i % 40}</span></a></li>`,
  ).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Quiet</title></head><body><nav><ul>${nav}</ul></nav><article>${body.join('\n')}</article></body></html>`;
}

export interface CostBench {
  /** Per variant, median ms on the page with no mention, alone and after MENUS menu entries,
   * and on the article. */
  rows: { variant: string; none: number; menus: number; article: number }[];
  scriptKiB: number;
}

async function settled(page: Page, painted: boolean) {
  if (painted) {
    await page.waitForFunction(() => performance.getEntriesByName('factcard-painted').length > 0, {
      timeout: 30_000,
    });
  } else {
    await page.waitForLoadState('load');
  }
  await page.waitForTimeout(300);
}

export async function benchCost(compare?: string): Promise<CostBench> {
  const server = await serveFixtures();
  server.add('none.html', quietPage());
  server.add('menus.html', quietPage(MENUS));
  const pages = {
    none: server.url('none.html'),
    menus: server.url('menus.html'),
    article: server.url('detect-en.html'),
  };
  const ours = readFileSync(join(CHROME_BUILD, 'content-scripts/content.js'), 'utf8');
  // Parsed and compiled like ours, but its body never runs.
  const inert = `if (globalThis.factcardNever) {\n${ours}\n}`;
  const dirs = { empty: await scriptExtension(''), inert: await scriptExtension(inert) };
  const variants: [string, string | undefined, boolean][] = [
    ['ours', CHROME_BUILD, true],
    ...(compare ? [[`compared (${compare})`, compare, true] as [string, string, boolean]] : []),
    ['empty content script', dirs.empty, false],
    [`same-size content script that never runs`, dirs.inert, false],
  ];
  const rows: CostBench['rows'] = [];
  try {
    for (const [variant, dir, painted] of variants) {
      const session = await launchChromium({ extensionDir: dir });
      try {
        if (painted) await waitForImport(await session.openExtensionPage('popup.html'));
        const times = { none: [] as number[], menus: [] as number[], article: [] as number[] };
        for (const key of ['none', 'menus', 'article'] as const) {
          await tracedLoad(session.context, pages[key], (p) => settled(p, painted));
          for (let i = 0; i < LOADS; i++) {
            times[key].push(
              await tracedLoad(session.context, pages[key], (p) => settled(p, painted)),
            );
          }
        }
        rows.push({
          variant,
          none: median(times.none),
          menus: median(times.menus),
          article: median(times.article),
        });
      } finally {
        await session.close();
      }
    }
  } finally {
    await server.close();
    await rm(dirs.empty, { recursive: true, force: true });
    await rm(dirs.inert, { recursive: true, force: true });
  }
  return { rows, scriptKiB: Buffer.byteLength(ours) / 1024 };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--compare');
  const cost = await benchCost(at > 0 ? process.argv[at + 1] : undefined);
  console.log(
    `content script ${cost.scriptKiB.toFixed(1)} KiB; main-thread ms, median of ${LOADS}`,
  );
  for (const r of cost.rows) {
    console.log(
      `${r.variant}: no-mention page ${r.none.toFixed(2)}, with ${MENUS} menu entries ${r.menus.toFixed(2)}, article ${r.article.toFixed(2)}`,
    );
  }
}
