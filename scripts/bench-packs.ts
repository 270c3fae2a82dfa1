// Packs at scale: import time and responsiveness of the options page, the background's matcher
// build, the matcher's size in a tab and an article's main-thread cost, for a generated pack of
// 20,000 entities / 100,000 aliases beside the bundled pack. Run alone: tsx scripts/bench-packs.ts
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { unpackMatcher } from '../lib/match/compiled';
import type { PackedMatcherData } from '../lib/messages';
import { buildPack } from '../lib/pack/build-pack';
import { syntheticPack } from '../lib/pack/synthetic-pack';
import { launchChromium } from '../tests/e2e/helpers/chromium';
import { sendFromPage, waitForImport } from '../tests/e2e/helpers/extension';
import { importThroughOptions } from '../tests/e2e/helpers/packs';
import { serveFixtures } from '../tests/e2e/helpers/server';
import { readPackFolder } from './pack-folder';

const root = join(import.meta.dirname, '..');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const LOADS = 7;

export interface PackFigures {
  label: string;
  aliases: number;
  fileBytes: number;
  importMs: number;
  longestTaskMs: number;
  compileMs: number;
  matcherBytes: number;
  articleTaskMs: number;
}

/**
 * Bytes of the typed arrays and id strings of the whole matcher, unpacked: what a tab holds when
 * the set is small enough to go whole (bench-memory.ts has what a tab holds otherwise).
 */
function matcherBytes(data: PackedMatcherData): number {
  const parts = unpackMatcher(data.matcher);
  let bytes = 0;
  const walk = (value: unknown) => {
    if (ArrayBuffer.isView(value)) bytes += value.byteLength;
    else if (value && typeof value === 'object') for (const v of Object.values(value)) walk(v);
  };
  walk(parts.automaton);
  walk(parts.table);
  bytes += new Set(parts.entityIds).size * 16 + parts.entityIds.length * 8;
  for (const id of new Set(parts.entityIds)) bytes += id.length * 2;
  return bytes;
}

async function articleTaskMs(context: BrowserContext, url: string): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const task = async () => {
      const { metrics } = (await cdp.send('Performance.getMetrics')) as {
        metrics: { name: string; value: number }[];
      };
      return (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000;
    };
    const before = await task();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('factcard-painted').length > 0);
    await page.waitForTimeout(600);
    runs.push((await task()) - before);
    await cdp.detach();
    await page.close();
  }
  return median(runs);
}

async function timedImport(options: Page, path: string) {
  await options.evaluate(() => {
    const w = window as unknown as { __long: number[] };
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  const start = performance.now();
  const status = await importThroughOptions(options, path, 300_000);
  const importMs = performance.now() - start;
  if (!/Imported/.test(status)) throw new Error(`import failed: ${status}`);
  const longest = await options.evaluate(() =>
    Math.max(0, ...(window as unknown as { __long: number[] }).__long),
  );
  return { importMs, longestTaskMs: longest };
}

export async function benchPacks(): Promise<PackFigures[]> {
  const dir = mkdtempSync(join(tmpdir(), 'factcards-bench-packs-'));
  const bundled = buildPack(readPackFolder(join(root, 'seeds'), root));
  const files = [
    { label: 'bundled pack (as an imported copy)', pack: { ...bundled, id: 'bundled-copy' } },
    { label: 'generated pack, 20,000 entities', pack: syntheticPack(20_000, 5, 'generated') },
  ].map(({ label, pack }) => {
    const path = join(dir, `${pack.id}.factpack.json`);
    const text = JSON.stringify(pack);
    writeFileSync(path, text);
    const aliases = pack.entities.reduce((n, e) => n + e.aliases.length, 0);
    return { label, id: pack.id, path, bytes: Buffer.byteLength(text), aliases };
  });
  const server = await serveFixtures();
  const session = await launchChromium();
  try {
    const options = await session.openExtensionPage('options.html');
    await waitForImport(options);
    const figures: PackFigures[] = [];
    for (const file of files) {
      const { importMs, longestTaskMs } = await timedImport(options, file.path);
      // The matcher of this pack alone, then the article with the bundled pack and this one on.
      for (const other of files) {
        if (other !== file)
          await sendFromPage(options, { type: 'set-pack', id: other.id, enabled: 'off' });
      }
      await sendFromPage(options, { type: 'set-pack', id: 'hanoi-convention', enabled: 'off' });
      const answer = (await sendFromPage(options, { type: 'packed-matcher' })) as {
        value: PackedMatcherData;
      };
      await sendFromPage(options, { type: 'set-pack', id: 'hanoi-convention', enabled: 'on' });
      figures.push({
        label: file.label,
        aliases: file.aliases,
        fileBytes: file.bytes,
        importMs,
        longestTaskMs,
        compileMs: answer.value.compileMs,
        matcherBytes: matcherBytes(answer.value),
        articleTaskMs: await articleTaskMs(session.context, server.url('article-en.html')),
      });
    }
    return figures;
  } finally {
    await session.close();
    await server.close();
  }
}

export function formatPackFigures(figures: PackFigures[]): string {
  const header = [
    'pack',
    'aliases',
    'file',
    'import (options page)',
    'longest task on the options page',
    'matcher build (background)',
    'whole matcher, unpacked',
    'article: main-thread time',
  ];
  const rows = figures.map((f) => [
    f.label,
    String(f.aliases),
    `${(f.fileBytes / 1e6).toFixed(2)} MB`,
    `${f.importMs.toFixed(0)} ms`,
    `${f.longestTaskMs.toFixed(0)} ms`,
    `${f.compileMs.toFixed(1)} ms`,
    `${(f.matcherBytes / 1e6).toFixed(2)} MB`,
    `${f.articleTaskMs.toFixed(1)} ms`,
  ]);
  const line = (r: string[]) => `| ${r.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

if (process.argv[1]?.endsWith('bench-packs.ts')) {
  console.log(formatPackFigures(await benchPacks()));
}
