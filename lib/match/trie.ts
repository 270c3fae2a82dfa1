import { createLevel, createScratch, type Level, type Scratch, sortGroup } from './trie-level';

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

/** Where the trie being built stands: nodes made so far, and what a level's expansion wrote. */
interface Progress {
  nodes: number;
  /** Keys written to the next level. */
  written: number;
  /** Groups of the level being expanded, then of the next one. */
  groups: number;
}

/**
 * Builds the trie one depth at a time from groups of keys sharing a node: sorting each group by
 * its next unit makes the children of every node consecutive and label-ordered, so nodes come
 * out breadth-first with no hashing and no renumbering pass.
 *
 * Each loop is a function of its own, as in build-automaton.ts: on a cold start a function is
 * optimised while in one loop, and code after it that has not run yet would throw that code
 * away (a 100,000-alias build fell back to the interpreter nine times in this function).
 */
export function buildTrie(keys: Keys): Trie {
  const { codes, start, length, count: n } = keys;
  const total = totalLength(length, n);
  const labels = new Uint16Array(total);
  const parent = new Int32Array(total + 1);
  const keyNode = new Int32Array(n);
  const scratch = createScratch(keys);
  let cur = createLevel(n);
  let next = createLevel(n);
  let m = firstLevel(cur, length, n);
  const progress: Progress = { nodes: 1, written: 0, groups: m > 0 ? 1 : 0 };
  // The keys still running, in key order, and their unit at the current depth by key.
  const running = cur.key.slice(0, m);
  const unitOf = new Uint16Array(n);
  for (let d = 0; m > 0; d++) {
    nextUnits(running, m, codes, start, d, unitOf);
    // Read in group order, codes would be read at random; unitOf is far smaller than they are.
    unitsByGroup(cur, m, unitOf);
    expandLevel(cur, next, d, length, labels, parent, keyNode, scratch, progress);
    const done = cur;
    cur = next;
    next = done;
    keepRunning(running, m, length, d + 1);
    m = progress.written;
  }
  const nodes = progress.nodes;
  return {
    count: nodes,
    first: firstEdges(parent, nodes),
    labels: labels.slice(0, Math.max(0, nodes - 1)),
    parent: parent.subarray(0, nodes),
    keyNode,
  };
}

function totalLength(length: Int32Array, n: number): number {
  let total = 0;
  for (let k = 0; k < n; k++) total += length[k];
  return total;
}

/** Puts the keys that fold to something into the root's group; returns how many. */
function firstLevel(level: Level, length: Int32Array, n: number): number {
  let m = 0;
  for (let k = 0; k < n; k++) if (length[k] > 0) level.key[m++] = k;
  level.bound[1] = m;
  return m;
}

function unitsByGroup(level: Level, m: number, unitOf: Uint16Array): void {
  const { key, unit } = level;
  for (let i = 0; i < m; i++) unit[i] = unitOf[key[i]];
}

/**
 * Makes the children of every group of `cur` (the nodes at depth d + 1) and writes the keys that
 * go on past them into `next`, grouped by child.
 */
function expandLevel(
  cur: Level,
  next: Level,
  d: number,
  length: Int32Array,
  labels: Uint16Array,
  parent: Int32Array,
  keyNode: Int32Array,
  scratch: Scratch,
  progress: Progress,
): void {
  const { bound, groupNode } = cur;
  const groups = progress.groups;
  progress.written = 0;
  progress.groups = 0;
  for (let g = 0; g < groups; g++) {
    const lo = bound[g];
    const hi = bound[g + 1];
    sortGroup(cur, lo, hi, scratch);
    expandGroup(cur, next, lo, hi, groupNode[g], d, length, labels, parent, keyNode, progress);
  }
  next.bound[progress.groups] = progress.written;
}

/**
 * The children of one group's node, one per distinct unit; the keys that end there are recorded,
 * the others written to the next level as the child's group. The loops over keys are functions
 * that return one number: the root's group holds every key, and code after a loop that was
 * optimised during that first call would have nothing to go by.
 */
function expandGroup(
  cur: Level,
  next: Level,
  lo: number,
  hi: number,
  node: number,
  d: number,
  length: Int32Array,
  labels: Uint16Array,
  parent: Int32Array,
  keyNode: Int32Array,
  progress: Progress,
): void {
  const { key, unit } = cur;
  let w = progress.written;
  let g2 = progress.groups;
  let nodes = progress.nodes;
  for (let i = lo; i < hi; ) {
    const child = nodes++;
    labels[child - 1] = unit[i];
    parent[child] = node;
    const end = runEnd(unit, i, hi);
    const from = w;
    w = sendOn(key, i, end, child, d + 1, length, keyNode, next.key, w);
    if (w > from) {
      next.bound[g2] = from;
      next.groupNode[g2++] = child;
    }
    i = end;
  }
  progress.written = w;
  progress.groups = g2;
  progress.nodes = nodes;
}

/** The end of the run of units equal to unit[i] in [i, hi). */
function runEnd(unit: Uint16Array, i: number, hi: number): number {
  const c = unit[i];
  let end = i + 1;
  while (end < hi && unit[end] === c) end++;
  return end;
}

/**
 * Records child as the node of the keys of [i, end) that are `depth` long and writes the others
 * to nextKey from w on; returns the new w.
 */
function sendOn(
  key: Int32Array,
  i: number,
  end: number,
  child: number,
  depth: number,
  length: Int32Array,
  keyNode: Int32Array,
  nextKey: Int32Array,
  w: number,
): number {
  let at = w;
  for (let r = i; r < end; r++) {
    const k = key[r];
    if (length[k] === depth) keyNode[k] = child;
    else nextKey[at++] = k;
  }
  return at;
}

/** first[s]..first[s + 1] are the edges of node s: children are counted by parent. */
function firstEdges(parent: Int32Array, nodes: number): Int32Array {
  const first = new Int32Array(nodes + 1);
  for (let s = 1; s < nodes; s++) first[parent[s] + 1]++;
  for (let s = 0; s < nodes; s++) first[s + 1] += first[s];
  return first;
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
