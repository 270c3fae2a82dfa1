/**
 * This checkout's matcher beside another checkout's (say a worktree of an earlier commit), in
 * one run, so a busy machine slows both alike: find() over the synthetic text at 100,000 aliases,
 * the two taken in turn (each first in every other round), best of RUNS passes each; and the
 * build in fresh processes, taken in turn the same way, median of COLD_RUNS each.
 * Run: npx tsx scripts/bench-matcher-compare.ts <other checkout> [aliases]
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Matcher } from '../lib/match/matcher';
import { syntheticAliases, syntheticParagraphs } from '../lib/match/synthetic';
import type { AliasSpec } from '../lib/match/types';

const RUNS = 10;
const COLD_RUNS = 7;
const COLD = '--cold-build';
const here = resolve(fileURLToPath(import.meta.url), '..', '..');

type Compile = (specs: readonly AliasSpec[]) => Matcher;

async function compilerOf(checkout: string): Promise<Compile> {
  const url = pathToFileURL(join(checkout, 'lib/match/matcher.ts')).href;
  return (await import(url)).compileMatcher;
}

/** Wall milliseconds of fn(). */
function timeMs(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** One build in this fresh process, in wall ms (run as a child of the comparison). */
async function coldChild(checkout: string, size: number): Promise<void> {
  const compile = await compilerOf(checkout);
  const specs = syntheticAliases(size, size);
  const start = performance.now();
  compile(specs);
  console.log(performance.now() - start);
}

function coldBuild(checkout: string, size: number): number {
  const self = fileURLToPath(import.meta.url);
  const args = [...process.execArgv, self, COLD, checkout, String(size)];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const ms = Number.parseFloat(child.stdout);
  if (!Number.isFinite(ms)) throw new Error(`cold build failed: ${child.stderr}`);
  return ms;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1];

async function compare(other: string, size: number): Promise<void> {
  const checkouts = [here, resolve(other)];
  const compilers = await Promise.all(checkouts.map(compilerOf));
  const specs = syntheticAliases(size, size);
  const paragraphs = syntheticParagraphs(5_000_000, specs, size + 1);
  const units = paragraphs.reduce((sum, p) => sum + p.length, 0);
  const matchers = compilers.map((compile) => compile(specs));
  const best = [Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY];
  const mentions = [0, 0];
  for (let run = 0; run < RUNS; run++) {
    // Which goes first changes from run to run: the second pays for the first one's garbage.
    for (const k of run % 2 === 0 ? [0, 1] : [1, 0]) {
      let found = 0;
      best[k] = Math.min(
        best[k],
        timeMs(() => {
          for (const p of paragraphs) found += matchers[k].find(p).length;
        }),
      );
      mentions[k] = found;
    }
  }
  const cold: number[][] = [[], []];
  for (let run = 0; run < COLD_RUNS; run++) {
    for (const k of run % 2 === 0 ? [0, 1] : [1, 0]) cold[k].push(coldBuild(checkouts[k], size));
  }
  const mbs = (ms: number) => units / 1e6 / (ms / 1000);
  const names = ['this checkout', other];
  for (let k = 0; k < 2; k++) {
    console.log(
      `${names[k]}: find ${mbs(best[k]).toFixed(1)} MB/s (${mentions[k]} mentions), cold build ` +
        `${median(cold[k]).toFixed(0)} ms (${cold[k].map((ms) => ms.toFixed(0)).join(', ')})`,
    );
  }
  console.log(
    `ratio: find ${(best[1] / best[0]).toFixed(3)}x as fast, cold build ` +
      `${(median(cold[0]) / median(cold[1])).toFixed(3)}x the time`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const cold = process.argv.indexOf(COLD);
  if (cold > 0) await coldChild(process.argv[cold + 1], Number(process.argv[cold + 2]));
  else if (!process.argv[2]) {
    console.error('usage: npx tsx scripts/bench-matcher-compare.ts <other checkout> [aliases]');
    process.exitCode = 1;
  } else await compare(process.argv[2], Number(process.argv[3] ?? 100_000));
}
