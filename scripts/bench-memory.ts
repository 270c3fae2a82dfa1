// What a tab holds for matching, in Node: the prefilter's bits (every page holds them) and the
// unpacked matcher (only a page the prefilter let through), for the bundled pack and for a
// 100,000-alias pack. Run by `npm run bench`, or alone with tsx.
import { pathToFileURL } from 'node:url';
import { packMatcher, unpackMatcher } from '../lib/match/compiled';
import { compileParts, matcherFrom } from '../lib/match/matcher';
import { buildPrefilter } from '../lib/match/prefilter';
import { syntheticAliases } from '../lib/match/synthetic';
import type { AliasSpec } from '../lib/match/types';
import { getGc, retainedMB } from './bench-matcher';

export interface MemoryRow {
  pack: string;
  aliases: number;
  /** Bytes of the prefilter's bits, which every page holds. */
  prefilterKB: number;
  /** Retained MB of the unpacked matcher, which a page holds once the prefilter let it through. */
  matcherMB: number;
}

export async function benchMemory(bundled: AliasSpec[]): Promise<MemoryRow[]> {
  const gc = getGc();
  const rows: MemoryRow[] = [];
  for (const [pack, specs] of [
    ['bundled', bundled],
    ['synthetic', syntheticAliases(100_000, 100_000)],
  ] as const) {
    const packed = packMatcher(compileParts(specs));
    const prefilter = buildPrefilter(specs);
    const matcherMB = await retainedMB(gc, () => matcherFrom(unpackMatcher(packed)));
    rows.push({
      pack,
      aliases: specs.length,
      prefilterKB: prefilter.bits.byteLength / 1024,
      matcherMB,
    });
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { readFileSync } = await import('node:fs');
  const dataset = JSON.parse(readFileSync('public/dataset.json', 'utf8'));
  const specs = dataset.entities.flatMap(
    (e: { id: string; aliases: { text: string; lang: string }[] }) =>
      e.aliases.map((a) => ({ text: a.text, lang: a.lang, entityId: e.id })),
  );
  for (const r of await benchMemory(specs)) {
    console.log(
      `${r.pack} (${r.aliases} aliases): prefilter ${r.prefilterKB.toFixed(0)} KB in every tab; matcher ${r.matcherMB.toFixed(2)} MB in a tab with something to find`,
    );
  }
}
