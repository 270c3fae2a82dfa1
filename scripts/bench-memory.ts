// What a tab holds for matching, in Node: the prefilter's bits (every page holds them) and the
// unpacked matcher a page with something to find gets (lib/background/matcher-set.ts: the whole
// matcher when it is small, else the aliases whose keys the page holds; here a 10,000-character
// article naming some of the pack's entities), for the bundled pack and for a 100,000-alias pack.
// Run by `npm run bench`, or alone with tsx.
import { pathToFileURL } from 'node:url';
import { goesWhole } from '../lib/background/matcher-set';
import { packMatcher, unpackMatcher } from '../lib/match/compiled';
import { compileParts, matcherFrom } from '../lib/match/matcher';
import { aliasesWithKeys, buildPrefilter } from '../lib/match/prefilter';
import { createProbe, probeText } from '../lib/match/prefilter-probe';
import { syntheticAliases, syntheticParagraphs } from '../lib/match/synthetic';
import type { AliasSpec } from '../lib/match/types';
import { getGc, retainedMB } from './bench-matcher';

export interface MemoryRow {
  pack: string;
  aliases: number;
  /** Bytes of the prefilter's bits, which every page holds. */
  prefilterKB: number;
  /** Retained MB of the unpacked matcher, which a page holds once the prefilter let it through. */
  matcherMB: number;
  /** Aliases in that matcher: all of them, or those whose keys the article holds. */
  matcherAliases: number;
}

export async function benchMemory(bundled: AliasSpec[]): Promise<MemoryRow[]> {
  const gc = getGc();
  const rows: MemoryRow[] = [];
  for (const [pack, specs] of [
    ['bundled', bundled],
    ['synthetic', syntheticAliases(100_000, 100_000)],
  ] as const) {
    const whole = packMatcher(compileParts(specs));
    const prefilter = buildPrefilter(specs);
    let picked = specs;
    if (!goesWhole(whole)) {
      const keys = new Set<number>();
      const probe = createProbe(prefilter, (hash) => {
        if (prefilter.exact.has(hash)) keys.add(hash);
      });
      for (const paragraph of syntheticParagraphs(10_000, specs, 5)) {
        probeText(probe, paragraph);
      }
      picked = aliasesWithKeys(prefilter, keys).map((i) => specs[i]);
    }
    const packed = picked === specs ? whole : packMatcher(compileParts(picked, whole));
    const matcherMB = await retainedMB(gc, () => matcherFrom(unpackMatcher(packed)));
    rows.push({
      pack,
      aliases: specs.length,
      prefilterKB: prefilter.bits.byteLength / 1024,
      matcherMB,
      matcherAliases: picked.length,
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
      `${r.pack} (${r.aliases} aliases): prefilter ${r.prefilterKB.toFixed(0)} KB in every tab; matcher of ${r.matcherAliases} aliases ${r.matcherMB.toFixed(2)} MB in a tab with something to find`,
    );
  }
}
