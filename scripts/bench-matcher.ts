/**
 * Benchmarks lib/match, as the extension ships it (shipped-matcher.ts), against a bare pass over
 * the text and against modern-ahocorasick on the same folded aliases and text.
 * Run: npx tsx scripts/bench-matcher.ts
 */
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import AhoCorasick from 'modern-ahocorasick';
import { foldText } from '../lib/match/fold';
import { syntheticAliases, syntheticParagraphs } from '../lib/match/synthetic';
import { shippedColdBuildMs, shippedMatcher } from './shipped-matcher';

export interface BenchRow {
  aliases: number;
  /** Text size in millions of UTF-16 units (1 unit = 1 "byte" in the MB/s columns). */
  textMB: number;
  bareMBs: number;
  foldMBs: number;
  oursMBs: number;
  acMBs: number;
  /** Build in a fresh process (cold JIT, as in a content script; median of 3), and best of `runs` after. */
  oursColdBuildMs: number;
  oursBuildMs: number;
  acBuildMs: number;
  oursHeapMB: number;
  acHeapMB: number;
  oursMentions: number;
  acMatches: number;
}

export interface BenchOptions {
  sizes?: number[];
  textChars?: number;
  runs?: number;
}

export function getGc(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  // Same effect as node --expose-gc, without re-spawning under tsx.
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

/** Best wall time of `runs` calls, in ms. */
export function best(runs: number, fn: () => void): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

/** Retained JS heap plus typed-array memory of what build() returns, in MB. */
export async function retainedMB<T>(gc: () => void, build: () => T): Promise<number> {
  // ArrayBuffers are released after the collection itself, so let a few ticks pass.
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      gc();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const { heapUsed, arrayBuffers } = process.memoryUsage();
    return heapUsed + arrayBuffers;
  };
  const before = await settle();
  const kept = build();
  const after = await settle();
  if (kept === undefined) throw new Error('unreachable');
  return (after - before) / 1e6;
}

/** The shipped matcher's build of `size` synthetic aliases in fresh processes: median of `runs`. */
async function coldBuildMs(size: number, runs = 3): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await shippedColdBuildMs(size));
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

export async function benchMatcher(options: BenchOptions = {}): Promise<BenchRow[]> {
  const { sizes = [1000, 10_000, 100_000], textChars = 5_000_000, runs = 5 } = options;
  const gc = getGc();
  const { compileMatcher } = await shippedMatcher();
  const rows: BenchRow[] = [];
  for (const size of sizes) {
    const specs = syntheticAliases(size, size);
    const paragraphs = syntheticParagraphs(textChars, specs, size + 1);
    const units = paragraphs.reduce((sum, p) => sum + p.length, 0);
    const mbs = (ms: number) => units / 1e6 / (ms / 1000);
    const folded = [...new Set(specs.map((s) => foldText(s.text).folded.trim()))];

    const oursColdBuildMs = await coldBuildMs(size);
    const oursBuildMs = best(runs, () => compileMatcher(specs));
    const acBuildMs = best(Math.min(runs, 2), () => new AhoCorasick(folded));
    const oursHeapMB = await retainedMB(gc, () => compileMatcher(specs));
    const acHeapMB = await retainedMB(gc, () => new AhoCorasick(folded));
    const matcher = compileMatcher(specs);
    const ac = new AhoCorasick(folded);

    let checksum = 0;
    const bareMs = best(runs, () => {
      for (const p of paragraphs) {
        let sum = 0;
        for (let i = 0; i < p.length; i++) sum = (sum + p.charCodeAt(i)) | 0;
        checksum ^= sum;
      }
    });
    let foldedUnits = 0;
    const foldMs = best(runs, () => {
      for (const p of paragraphs) foldedUnits += foldText(p).folded.length;
    });
    let oursMentions = 0;
    const oursMs = best(runs, () => {
      oursMentions = 0;
      for (const p of paragraphs) oursMentions += matcher.find(p).length;
    });
    let acMatches = 0;
    const acMs = best(Math.min(runs, 2), () => {
      acMatches = 0;
      for (const p of paragraphs) {
        acMatches += ac.search(foldText(p).folded, { strategy: 'leftmost-longest' }).length;
      }
    });
    if (checksum === 0.5 || foldedUnits < 0) throw new Error('unreachable');
    rows.push({
      aliases: size,
      textMB: units / 1e6,
      bareMBs: mbs(bareMs),
      foldMBs: mbs(foldMs),
      oursMBs: mbs(oursMs),
      acMBs: mbs(acMs),
      oursColdBuildMs,
      oursBuildMs,
      acBuildMs,
      oursHeapMB,
      acHeapMB,
      oursMentions,
      acMatches,
    });
  }
  return rows;
}

export function formatTable(rows: readonly BenchRow[]): string {
  const header = [
    'aliases',
    'text MB',
    'bare MB/s',
    'fold MB/s',
    'ours MB/s',
    'm-ac MB/s',
    'ours build ms cold/warm',
    'm-ac build ms',
    'ours heap MB',
    'm-ac heap MB',
    'ours mentions',
    'm-ac matches',
  ];
  const cells = rows.map((r) => [
    String(r.aliases),
    r.textMB.toFixed(2),
    r.bareMBs.toFixed(0),
    r.foldMBs.toFixed(0),
    r.oursMBs.toFixed(1),
    r.acMBs.toFixed(1),
    `${r.oursColdBuildMs.toFixed(0)}/${r.oursBuildMs.toFixed(0)}`,
    r.acBuildMs.toFixed(0),
    r.oursHeapMB.toFixed(1),
    r.acHeapMB.toFixed(1),
    String(r.oursMentions),
    String(r.acMatches),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((v, i) => v.padStart(widths[i])).join('  ');
  return [line(header), ...cells.map(line)].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatTable(await benchMatcher()));
  console.log(
    '\nMB = 10^6 UTF-16 units of page text, searched paragraph by paragraph (~500-1500 units).',
  );
  console.log('ours = find() incl. folding, boundary/case/ending rules and offset mapping,');
  console.log('  bundled and minified as the extension ships it (scripts/shipped-matcher.ts);');
  console.log('m-ac = foldText() + modern-ahocorasick leftmost-longest search, no word rules;');
  console.log('bare = one charCodeAt checksum pass; fold = foldText() alone.');
}
