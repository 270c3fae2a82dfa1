import {
  ACRONYM,
  BACK,
  EXCLUDE,
  FLAGS,
  foldAliases,
  GENERIC,
  MIDDLE,
  SHORT,
  SLOT,
} from './alias-table';
import { isWordUnit } from './char-table';
import {
  bitsOf,
  CAPITALS_SEED,
  FIRST_SEED,
  KEY_SEED,
  KEY_UNITS,
  type PrefilterBits,
  step,
  worthHash,
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
 * the detection code or the matcher; a page that does gets a matcher of only the aliases whose
 * keys it holds (`aliasesOf`), so what it holds does not grow with the packs installed.
 */
const MIN_BITS_LOG = 17;
const MAX_BITS_LOG = 21;

export interface Prefilter extends PrefilterBits {
  /** The exact key hashes (unsigned), for checking what hit the bits. */
  exact: Set<number>;
  /**
   * The keys of names that are a mention on their own: not a generic name, a short form or an
   * excluded name, which count only beside other mentions. Only these make a page worth scanning.
   */
  worth: Set<number>;
  /** For each key, the aliases (indices into the list) with a form that starts with it. */
  aliasesOf: Map<number, number[]>;
}

/**
 * The prefilter of an alias list: a function of the aliases alone, like the matcher. With
 * `worthOnly` (pages get the whole matcher, so no page needs to know which other keys it holds),
 * only the keys worth scanning for go into the bits: a page's probe then opens no window at the
 * words that begin only short forms, generic names and the like ("Son", "treaty", "UN").
 */
export function buildPrefilter(
  specs: readonly AliasSpec[],
  { worthOnly = false }: { worthOnly?: boolean } = {},
): Prefilter {
  const { keys, table } = foldAliases(specs);
  const exact = new Set<number>();
  // The keys in the bits: all of them, or with `worthOnly` those worth scanning for.
  const marked = new Set<number>();
  const worth = new Set<number>();
  const aliasesOf = new Map<number, number[]>();
  // The first words of the forms, which go into the bits beside the keys.
  const firsts = new Set<number>();
  let everyStart = false;
  let lengths = 0;
  let capitalLengths = 0;
  for (let k = 0; k < keys.count; k++) {
    const flags = table.slots[k * SLOT + FLAGS];
    const worthy = (flags & (GENERIC | SHORT | EXCLUDE | BACK | MIDDLE)) === 0;
    let first = FIRST_SEED;
    let units = 0;
    for (; units < Math.min(KEY_UNITS, keys.length[k]); units++) {
      const code = keys.codes[keys.start[k] + units];
      if (!isWordUnit(code)) break;
      first = step(first, code);
    }
    const inBits = worthy || !worthOnly;
    if (inBits && units === 0) everyStart = true;
    else if (inBits) firsts.add(first >>> 0);
    const capitals = (flags & ACRONYM) !== 0;
    const length = Math.min(KEY_UNITS, keys.length[k]);
    let hash = capitals ? CAPITALS_SEED : KEY_SEED;
    for (let i = 0; i < length; i++) hash = step(hash, keys.codes[keys.start[k] + i]);
    const key = hash >>> 0;
    exact.add(key);
    if (inBits) marked.add(key);
    // A generic name, a short form, an excluded name or a pattern's middle or back alone is never a
    // mention (select.ts, short-forms.ts, join-parts.ts): it cannot make a page worth scanning,
    // but the page's matcher needs it.
    if (worthy) worth.add(key);
    const list = aliasesOf.get(key);
    const spec = table.spec[k];
    if (!list) aliasesOf.set(key, [spec]);
    else if (list[list.length - 1] !== spec) list.push(spec);
    if (capitals && inBits) capitalLengths |= 1 << length;
    else if (inBits) lengths |= 1 << length;
  }
  let log = MIN_BITS_LOG;
  const worthMarks = new Set([...worth].map(worthHash));
  while (log < MAX_BITS_LOG && 1 << log < (marked.size + firsts.size + worthMarks.size) * 20) log++;
  const bits = new Uint32Array((1 << log) >>> 5);
  for (const set of [marked, firsts, worthMarks]) {
    for (const hash of set) {
      for (const bit of bitsOf(hash, log)) bits[bit >>> 5] |= 1 << (bit & 31);
    }
  }
  return {
    bits,
    log,
    lengths,
    capitalLengths,
    everyStart,
    worthMarked: true,
    exact,
    worth,
    aliasesOf,
  };
}

/** The aliases with a form starting with one of `keys`, in list order (the order decides ties). */
export function aliasesWithKeys(filter: Prefilter, keys: Iterable<number>): number[] {
  const picked = new Set<number>();
  for (const key of keys) for (const i of filter.aliasesOf.get(key) ?? []) picked.add(i);
  return [...picked].sort((a, b) => a - b);
}
