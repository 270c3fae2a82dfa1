import { isLowerUnit, mayStartAfter } from './char-table';
import { createFoldBuffer, foldInto } from './fold';

/**
 * The page's half of the prefilter (prefilter.ts builds the other): the key of an alias form is
 * the hash of its first KEY_UNITS folded units, or all of them when it is shorter.
 */
// Long enough that a name starting with a common word ("Minister of ...") is not a key of
// every page that says "minister".
export const KEY_UNITS = 16;
export const KEY_SEED = 0x811c9dc5;
// All-capitals aliases ("UN") hash from another seed: they count only where the page has no
// lower-case letter, or every "un..." word of a page would hit.
export const CAPITALS_SEED = 0x050c5d1f;

/** One more folded unit into an FNV-1a hash. */
export const step = (hash: number, unit: number) => Math.imul(hash ^ unit, 0x01000193);

/** The filter a page holds: a Bloom filter of the keys with three bits per key. */
export interface PrefilterBits {
  bits: Uint32Array<ArrayBuffer>;
  /** log2 of the number of bits. */
  log: number;
  /** Bit L set when some key is L units long; `capitalLengths` the same for all-capitals keys. */
  lengths: number;
  capitalLengths: number;
}

/**
 * The three bits a hash sets, from different mixes of it. A page makes some tens of thousands of
 * lookups, so a chance hit must be rarer than one in a million for most pages to have none.
 */
export function bitsOf(hash: number, log: number): [number, number, number] {
  const h = hash >>> 0;
  return [
    h & ((1 << log) - 1),
    Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> (32 - log),
    Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> (32 - log),
  ];
}

// bitsOf without the array: this runs for every place a key may start.
function hasBits(filter: PrefilterBits, hash: number): boolean {
  const { bits, log } = filter;
  const h = hash >>> 0;
  const a = h & ((1 << log) - 1);
  if ((bits[a >>> 5] & (1 << (a & 31))) === 0) return false;
  const b = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> (32 - log);
  if ((bits[b >>> 5] & (1 << (b & 31))) === 0) return false;
  const c = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> (32 - log);
  return (bits[c >>> 5] & (1 << (c & 31))) !== 0;
}

/** About how many chance hits a page of `probes` lookups gets from these bits. */
export function chanceHits(keys: number, log: number, probes = 50_000): number {
  return ((3 * keys) / 2 ** log) ** 3 * probes;
}

const SPACE = 32;

/**
 * Looks for keys in text fed node by node in document order. A window may run on from one node
 * into the next (inline elements split a name: `To <b>Lam</b>`, `<b>G</b>hada`), and every node
 * start is also a place a key may begin (`textContent` would join `</p><p>` into one word). So the
 * probe finds at least every place the matcher could, and `onHit` gets each hash in the bits.
 */
export function createProbe(filter: PrefilterBits, onHit: (hash: number) => void) {
  const buf = createFoldBuffer();
  // The windows still open: their hash, all-capitals hash, length, and whether no unit so far
  // was lower-case in the page.
  const hash = new Int32Array(KEY_UNITS);
  const capital = new Int32Array(KEY_UNITS);
  const length = new Int32Array(KEY_UNITS);
  const caps = new Uint8Array(KEY_UNITS);
  let open = 0;
  let prev = SPACE;

  function unit(code: number, lower: boolean, start: boolean) {
    if (start && open < KEY_UNITS) {
      hash[open] = KEY_SEED;
      capital[open] = CAPITALS_SEED;
      length[open] = 0;
      caps[open] = 1;
      open++;
    }
    let kept = 0;
    for (let w = 0; w < open; w++) {
      const h = step(hash[w], code);
      const c = step(capital[w], code);
      const n = length[w] + 1;
      const upper = caps[w] === 1 && !lower;
      if (filter.lengths & (1 << n) && hasBits(filter, h)) onHit(h >>> 0);
      if (upper && filter.capitalLengths & (1 << n) && hasBits(filter, c)) onHit(c >>> 0);
      if (n >= KEY_UNITS) continue;
      hash[kept] = h;
      capital[kept] = c;
      length[kept] = n;
      caps[kept] = upper ? 1 : 0;
      kept++;
    }
    open = kept;
    prev = code;
  }

  return {
    /** One text node's text. */
    feed(text: string) {
      foldInto(text, buf);
      const { codes, map } = buf;
      for (let j = 0; j < buf.length; j++) {
        const code = codes[j];
        // White space split over two nodes folds to one space, as in the joined run.
        if (code === SPACE && prev === SPACE) continue;
        unit(code, isLowerUnit(text.charCodeAt(map[j])), j === 0 || mayStartAfter(prev));
      }
    },
    /** Nothing joins across what comes next (another subtree). */
    reset() {
      open = 0;
      prev = SPACE;
    },
  };
}
