import type { Keys } from './trie';

/** Keys still running at one depth, in groups that share a node; each group is sorted by unit. */
export interface Level {
  key: Int32Array;
  /** The key's unit at this depth. */
  unit: Uint16Array;
  /** Group g is [bound[g], bound[g + 1]) and sits at node groupNode[g]. */
  bound: Int32Array;
  groupNode: Int32Array;
}

export function createLevel(n: number): Level {
  const key = new Int32Array(n);
  const unit = new Uint16Array(n);
  return { key, unit, bound: new Int32Array(n + 1), groupNode: new Int32Array(n) };
}

/** Dense ranks of the code units in use, so counting sorts need few buckets. */
export interface Scratch {
  rank: Int32Array;
  /** One counter more than there are ranks. */
  counts: Int32Array;
  tmp: Level;
}

export function createScratch(keys: Keys): Scratch {
  const { codes, start, length, count: n } = keys;
  const rank = new Int32Array(0x10000);
  for (let k = 0; k < n; k++) {
    for (let i = start[k]; i < start[k] + length[k]; i++) rank[codes[i]] = 1;
  }
  let alphabet = 0;
  for (let c = 0; c < 0x10000; c++) if (rank[c] !== 0) rank[c] = alphabet++;
  return { rank, counts: new Int32Array(alphabet + 1), tmp: createLevel(n) };
}

function insertionSort(l: Level, lo: number, hi: number): void {
  const { key, unit } = l;
  for (let i = lo + 1; i < hi; i++) {
    const u = unit[i];
    const k = key[i];
    let j = i - 1;
    for (; j >= lo && unit[j] > u; j--) {
      unit[j + 1] = unit[j];
      key[j + 1] = key[j];
    }
    unit[j + 1] = u;
    key[j + 1] = k;
  }
}

// The counting sort's loops are functions of their own. In one function, the first call (the
// whole first level) got it optimised while in one loop, and that code, reused by later calls,
// fell back to the interpreter at the next loop, which it had not run yet, on every call.
function countUnits(unit: Uint16Array, lo: number, hi: number, scratch: Scratch): void {
  const { rank, counts } = scratch;
  counts.fill(0);
  for (let i = lo; i < hi; i++) counts[rank[unit[i]] + 1]++;
}

function sumCounts(counts: Int32Array): void {
  for (let r = 1; r < counts.length; r++) counts[r] += counts[r - 1];
}

function scatter(l: Level, lo: number, hi: number, scratch: Scratch): void {
  const { key, unit } = l;
  const { rank, counts, tmp } = scratch;
  for (let i = lo; i < hi; i++) {
    const at = counts[rank[unit[i]]]++;
    tmp.key[at] = key[i];
    tmp.unit[at] = unit[i];
  }
}

function countingSort(l: Level, lo: number, hi: number, scratch: Scratch): void {
  countUnits(l.unit, lo, hi, scratch);
  sumCounts(scratch.counts);
  scatter(l, lo, hi, scratch);
  l.key.set(scratch.tmp.key.subarray(0, hi - lo), lo);
  l.unit.set(scratch.tmp.unit.subarray(0, hi - lo), lo);
}

/**
 * Sorts [lo, hi) of a level by unit; ties may come in any order. Two separate functions, so
 * optimised code for the many small groups is not thrown away when a large one comes along.
 */
export function sortGroup(l: Level, lo: number, hi: number, scratch: Scratch): void {
  if (hi - lo <= 24) insertionSort(l, lo, hi);
  else countingSort(l, lo, hi, scratch);
}
