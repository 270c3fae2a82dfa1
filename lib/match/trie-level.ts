import type { Keys } from './trie';

/** Keys still running at one depth, in groups that share a node; each group is sorted by unit. */
export interface Level {
  key: Int32Array;
  /** Position in codes of the key's unit at this depth, and of the key's end. */
  pos: Int32Array;
  end: Int32Array;
  unit: Uint16Array;
  /** Group g is [bound[g], bound[g + 1]) and sits at node groupNode[g]. */
  bound: Int32Array;
  groupNode: Int32Array;
}

export function createLevel(n: number): Level {
  const key = new Int32Array(n);
  const pos = new Int32Array(n);
  const end = new Int32Array(n);
  const unit = new Uint16Array(n);
  return { key, pos, end, unit, bound: new Int32Array(n + 1), groupNode: new Int32Array(n) };
}

/** Dense ranks of the code units in use, so counting sorts need few buckets. */
export interface Scratch {
  rank: Int32Array;
  alphabet: number;
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
  return { rank, alphabet, counts: new Int32Array(alphabet + 1), tmp: createLevel(n) };
}

function insertionSort(l: Level, lo: number, hi: number): void {
  const { key, pos, end, unit } = l;
  for (let i = lo + 1; i < hi; i++) {
    const u = unit[i];
    const k = key[i];
    const p = pos[i];
    const e = end[i];
    let j = i - 1;
    for (; j >= lo && unit[j] > u; j--) {
      unit[j + 1] = unit[j];
      key[j + 1] = key[j];
      pos[j + 1] = pos[j];
      end[j + 1] = end[j];
    }
    unit[j + 1] = u;
    key[j + 1] = k;
    pos[j + 1] = p;
    end[j + 1] = e;
  }
}

function countingSort(l: Level, lo: number, hi: number, scratch: Scratch): void {
  const { key, pos, end, unit } = l;
  const { rank, counts, alphabet, tmp } = scratch;
  counts.fill(0, 0, alphabet + 1);
  for (let i = lo; i < hi; i++) counts[rank[unit[i]] + 1]++;
  for (let r = 0; r < alphabet; r++) counts[r + 1] += counts[r];
  for (let i = lo; i < hi; i++) {
    const at = counts[rank[unit[i]]]++;
    tmp.key[at] = key[i];
    tmp.pos[at] = pos[i];
    tmp.end[at] = end[i];
    tmp.unit[at] = unit[i];
  }
  for (let i = lo; i < hi; i++) {
    key[i] = tmp.key[i - lo];
    pos[i] = tmp.pos[i - lo];
    end[i] = tmp.end[i - lo];
    unit[i] = tmp.unit[i - lo];
  }
}

/**
 * Sorts [lo, hi) of a level by unit; ties may come in any order. Two separate functions, so
 * optimised code for the many small groups is not thrown away when a large one comes along.
 */
export function sortGroup(l: Level, lo: number, hi: number, scratch: Scratch): void {
  if (hi - lo <= 24) insertionSort(l, lo, hi);
  else countingSort(l, lo, hi, scratch);
}
