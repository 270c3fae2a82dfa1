import { createLevel, createScratch, sortGroup } from './trie-level';

/** Keys as one flat array of folded code units: key k is codes[start[k] .. start[k] + length[k]). */
export interface Keys {
  codes: Uint16Array;
  start: Int32Array;
  length: Int32Array;
  count: number;
}

/**
 * A trie with nodes numbered breadth-first and siblings sorted by label, so the edges of node s
 * are first[s]..first[s + 1] and edge e leads to node e + 1: no target array is stored.
 */
export interface Trie {
  count: number;
  first: Int32Array;
  labels: Uint16Array;
  /** Non-decreasing, as a consequence of the numbering. */
  parent: Int32Array;
  /** The node each key ends at. */
  keyNode: Int32Array;
}

/**
 * Builds the trie one depth at a time from groups of keys sharing a node: sorting each group by
 * its next unit makes the children of every node consecutive and label-ordered, so nodes come
 * out breadth-first with no hashing and no renumbering pass.
 */
export function buildTrie(keys: Keys): Trie {
  const { codes, start, length, count: n } = keys;
  let total = 0;
  for (let k = 0; k < n; k++) total += length[k];
  const labels = new Uint16Array(total);
  const parent = new Int32Array(total + 1);
  const keyNode = new Int32Array(n);
  const scratch = createScratch(keys);
  let cur = createLevel(n);
  let next = createLevel(n);
  let m = 0;
  for (let k = 0; k < n; k++) if (length[k] > 0) cur.key[m++] = k;
  cur.bound[1] = m;
  let groups = m > 0 ? 1 : 0;
  let nodes = 1;
  // The keys still running, in key order, and their unit at the current depth by key.
  const running = cur.key.slice(0, m);
  const unitOf = new Uint16Array(n);
  for (let d = 0; m > 0; d++) {
    nextUnits(running, m, codes, start, d, unitOf);
    const { key, unit, bound, groupNode } = cur;
    const { key: nextKey, bound: nextBound, groupNode: nextNode } = next;
    // Read in group order, codes would be read at random; unitOf is far smaller than they are.
    for (let i = 0; i < m; i++) unit[i] = unitOf[key[i]];
    let w = 0;
    let g2 = 0;
    for (let g = 0; g < groups; g++) {
      const hi = bound[g + 1];
      sortGroup(cur, bound[g], hi, scratch);
      for (let i = bound[g]; i < hi; ) {
        const c = unit[i];
        const child = nodes++;
        labels[child - 1] = c;
        parent[child] = groupNode[g];
        const from = w;
        for (; i < hi && unit[i] === c; i++) {
          const k = key[i];
          if (length[k] === d + 1) keyNode[k] = child;
          else nextKey[w++] = k;
        }
        if (w > from) {
          nextBound[g2] = from;
          nextNode[g2++] = child;
        }
      }
    }
    nextBound[g2] = w;
    const done = cur;
    cur = next;
    next = done;
    keepRunning(running, m, length, d + 1);
    m = w;
    groups = g2;
  }
  const first = new Int32Array(nodes + 1);
  for (let s = 1; s < nodes; s++) first[parent[s] + 1]++;
  for (let s = 0; s < nodes; s++) first[s + 1] += first[s];
  return {
    count: nodes,
    first,
    labels: labels.slice(0, Math.max(0, nodes - 1)),
    parent: parent.subarray(0, nodes),
    keyNode,
  };
}

/**
 * unitOf[k] = unit d of each running key k. Keys are stored one after another in key order, so
 * this reads codes forward, where reading them in the order of the trie's groups jumps around.
 */
function nextUnits(
  running: Int32Array,
  m: number,
  codes: Uint16Array,
  start: Int32Array,
  d: number,
  unitOf: Uint16Array,
): void {
  for (let r = 0; r < m; r++) {
    const k = running[r];
    unitOf[k] = codes[start[k] + d];
  }
}

/** Drops from the first m running keys those no longer than `depth`, keeping key order. */
function keepRunning(running: Int32Array, m: number, length: Int32Array, depth: number): void {
  let kept = 0;
  for (let r = 0; r < m; r++) {
    const k = running[r];
    if (length[k] > depth) running[kept++] = k;
  }
}
