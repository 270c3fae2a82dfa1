import { ACRONYM, FLAGS, foldAliases, GENERIC, SLOT } from './alias-table';
import {
  bitsOf,
  CAPITALS_SEED,
  KEY_SEED,
  KEY_UNITS,
  type PrefilterBits,
  step,
} from './prefilter-probe';
import type { AliasSpec } from './types';

/**
 * The prefilter: whether a page may mention anything at all, found without the matcher. Each
 * alias form (as the matcher folds it, Polish and Arabic forms included) has a key, the hash of
 * its first folded units; a page is searched for those at every place a mention may start
 * (prefilter-probe.ts). The page holds only a bit set of
 * the keys (a Bloom filter with three bits per key, 16 KB for the bundled pack, at most 256 KB at
 * 100,000 aliases); the few hashes that hit it are checked against the exact set of keys,
 * which stays in the background with the aliases. A page that mentions nothing then never loads
 * the detection code or the matcher.
 */
const MIN_BITS_LOG = 17;
const MAX_BITS_LOG = 21;

export interface Prefilter extends PrefilterBits {
  /** The exact key hashes (unsigned), for checking what hit the bits. */
  exact: Set<number>;
}

/** The prefilter of an alias list: a function of the aliases alone, like the matcher. */
export function buildPrefilter(specs: readonly AliasSpec[]): Prefilter {
  const { keys, table } = foldAliases(specs);
  const exact = new Set<number>();
  let lengths = 0;
  let capitalLengths = 0;
  for (let k = 0; k < keys.count; k++) {
    const flags = table.slots[k * SLOT + FLAGS];
    // A generic name alone is never a mention (select.ts): it cannot make a page worth scanning.
    if (flags & GENERIC) continue;
    const capitals = (flags & ACRONYM) !== 0;
    const length = Math.min(KEY_UNITS, keys.length[k]);
    let hash = capitals ? CAPITALS_SEED : KEY_SEED;
    for (let i = 0; i < length; i++) hash = step(hash, keys.codes[keys.start[k] + i]);
    exact.add(hash >>> 0);
    if (capitals) capitalLengths |= 1 << length;
    else lengths |= 1 << length;
  }
  let log = MIN_BITS_LOG;
  while (log < MAX_BITS_LOG && 1 << log < exact.size * 20) log++;
  const bits = new Uint32Array((1 << log) >>> 5);
  for (const hash of exact) {
    for (const bit of bitsOf(hash, log)) bits[bit >>> 5] |= 1 << (bit & 31);
  }
  return { bits, log, lengths, capitalLengths, exact };
}
