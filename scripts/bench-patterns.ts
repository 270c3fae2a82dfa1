/**
 * The matcher with a pattern-heavy pack beside 100,000 plain aliases, against the same plain
 * aliases alone in the same run: parts the patterns expand to, build ms, MB/s and the ratio.
 * Run: npx tsx scripts/bench-patterns.ts
 */
import { pathToFileURL } from 'node:url';
import { expandPatterns } from '../lib/dataset/alias-specs';
import { LANGS } from '../lib/dataset/types';
import { compileMatcher } from '../lib/match/matcher';
import { type NamePattern, patternBacks, patternFronts } from '../lib/match/name-patterns';
import { random, syntheticAliases, syntheticParagraphs } from '../lib/match/synthetic';
import { best } from './bench-matcher';

export interface PatternRow {
  plainAliases: number;
  patterns: number;
  /** Fronts and backs the patterns expand to. */
  parts: number;
  textMB: number;
  baseBuildMs: number;
  baseMBs: number;
  /** Expanding the patterns and compiling everything. */
  buildMs: number;
  MBs: number;
  /** Pattern names found (joined front and back). */
  found: number;
}

/** `count` entities, each a treaty of the UN (or global) against its own synthetic subject. */
export function syntheticPatterns(count: number, seed = 7) {
  const subjects = syntheticAliases(count * LANGS.length, seed).map((s) => s.text.toLowerCase());
  return Array.from({ length: count }, (_, i) => ({
    entityId: `p${i}`,
    type: 'document',
    pattern: {
      head: 'treaty',
      body: ['un', 'global'],
      link: ['against', 'on'],
      subject: Object.fromEntries(LANGS.map((l, k) => [l, [subjects[i * LANGS.length + k]]])),
    } as NamePattern,
  }));
}

export function benchPatterns({
  plain = 100_000,
  patterns = 1000,
  textChars = 2_000_000,
  runs = 3,
} = {}): PatternRow {
  const base = syntheticAliases(plain, plain);
  const stored = syntheticPatterns(patterns);
  const rnd = random(11);
  // One paragraph in four gets a pattern's name, written from a random front and back.
  const paragraphs = syntheticParagraphs(textChars, base, plain + 1).map((p) => {
    if (rnd() >= 0.25) return p;
    const { pattern } = stored[Math.floor(rnd() * stored.length)];
    const lang = LANGS[Math.floor(rnd() * LANGS.length)];
    const fronts = patternFronts(pattern, lang);
    const backs = patternBacks(pattern, lang);
    const name = `${fronts[Math.floor(rnd() * fronts.length)]} ${backs[Math.floor(rnd() * backs.length)]}`;
    return `${p} Yesterday the ${name} was signed.`;
  });
  const units = paragraphs.reduce((sum, p) => sum + p.length, 0);
  const mbs = (ms: number) => units / 1e6 / (ms / 1000);
  const search = (matcher: ReturnType<typeof compileMatcher>) => {
    let found = 0;
    const ms = best(runs, () => {
      found = 0;
      for (const p of paragraphs) {
        for (const m of matcher.find(p)) if (m.entityId.startsWith('p')) found++;
      }
    });
    return { ms, found };
  };
  const baseBuildMs = best(runs, () => compileMatcher(base));
  const baseRun = search(compileMatcher(base));
  let parts = 0;
  const buildMs = best(runs, () => {
    const expanded = expandPatterns(stored);
    parts = expanded.length;
    compileMatcher([...base, ...expanded]);
  });
  const run = search(compileMatcher([...base, ...expandPatterns(stored)]));
  return {
    plainAliases: plain,
    patterns,
    parts,
    textMB: units / 1e6,
    baseBuildMs,
    baseMBs: mbs(baseRun.ms),
    buildMs,
    MBs: mbs(run.ms),
    found: run.found,
  };
}

export function formatPatternRow(r: PatternRow): string {
  return [
    `plain aliases ${r.plainAliases} + ${r.patterns} patterns expanding to ${r.parts} parts`,
    `text ${r.textMB.toFixed(2)} MB, pattern names found ${r.found}`,
    `build ms: plain alone ${r.baseBuildMs.toFixed(0)}, with patterns (expand + compile) ${r.buildMs.toFixed(0)}`,
    `MB/s: plain alone ${r.baseMBs.toFixed(1)}, with patterns ${r.MBs.toFixed(1)} (ratio ${(r.MBs / r.baseMBs).toFixed(2)})`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatPatternRow(benchPatterns()));
}
