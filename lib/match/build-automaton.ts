import {
  type Automaton,
  FLAG_BITS,
  HAS_FAIL,
  HAS_JUMP,
  HAS_OUT,
  LINEAR_KIDS,
  LISTED,
} from './automaton';
import { mayStartAfter } from './char-table';
import type { Trie } from './trie';

/** Slots for a child list of `kids` entries: a power of two, at most half full. */
function listSlots(kids: number): number {
  let slots = 2;
  while (slots < 2 * kids) slots *= 2;
  return slots;
}

/** How many Int32 a child list of `kids` entries takes (see automaton.ts). */
const listSize = (kids: number) => 1 + 2 * (kids <= LINEAR_KIDS ? kids : listSlots(kids));

/** The child of trie node s on code unit c, or 0 (breadth-first numbering, see Trie). */
function trieChild(first: Int32Array, labels: Uint16Array, s: number, c: number): number {
  let lo = first[s];
  let hi = first[s + 1];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (labels[mid] === c) return mid + 1;
    if (labels[mid] < c) lo = mid + 1;
    else hi = mid;
  }
  return 0;
}

/** The child of the root on each code unit up to the largest, as `name(child)`, or 0. */
function rootTable(trie: Trie, name: (child: number) => number): Int32Array {
  const { count: n, first, labels } = trie;
  // Sized to the largest first unit, not 2^16, since a matcher may be compiled per alias.
  const table = new Int32Array(n > 1 ? labels[first[1] - 1] + 1 : 0);
  for (let c = first[0] + 1; c <= first[1]; c++) table[labels[c - 1]] = name(c);
  return table;
}

/**
 * Fail links in breadth-first numbering; `out` holds -(slot + 1) at key-ending nodes and gets the
 * dictionary links. A fail link only leads to a suffix that may start a mention (mayStartAfter),
 * so inside words the scan idles at the root instead of tracking keys that occur mid-word.
 */
function failLinks(trie: Trie, out: Int32Array): Int32Array {
  const { count: n, first, labels, parent } = trie;
  const fail = new Int32Array(n);
  // Most fail chains end at the root, whose many children a table finds faster than a search.
  const rootChild = rootTable(trie, (s) => s);
  // Breadth-first order means fail and out of shallower states are final when read.
  for (let s = first[1] + 1; s < n; s++) {
    const p = parent[s];
    const c = labels[s - 1];
    let target = 0;
    for (let f = fail[p]; ; f = fail[f]) {
      if (f === 0) {
        if (c < rootChild.length && mayStartAfter(labels[p - 1])) target = rootChild[c];
        break;
      }
      target = trieChild(first, labels, f, c);
      if (target !== 0) break;
    }
    fail[s] = target;
    if (out[s] === 0 && target !== 0) out[s] = out[target] < 0 ? target : out[target];
  }
  return fail;
}

/** Shallow states, which every word start passes through, stay together while they fit in this. */
const HOT_STATES = 8192;

// Each loop below is a function of its own: on a cold start a function is optimised while in one
// of its loops, and code after that loop which has not run yet would fall back to the interpreter.

/** Number of states in each subtree; parent[] never decreases, so one backward pass does it. */
function subtreeSizes(parent: Int32Array, n: number): Int32Array {
  const size = new Int32Array(n).fill(1);
  for (let s = n - 1; s > 0; s--) size[parent[s]] += size[s];
  return size;
}

/** Places the children of states from..n-1 right after their parent's subtree start. */
function placeChildren(first: Int32Array, size: Int32Array, pos: Int32Array, from: number): void {
  for (let p = from; p < pos.length; p++) {
    let next = pos[p] + 1;
    for (let c = first[p] + 1; c <= first[p + 1]; c++) {
      pos[c] = next;
      next += size[c];
    }
  }
}

/**
 * Layout order: whole top levels breadth-first while they fit in HOT_STATES, then each deeper
 * subtree depth-first, so a walk down one name reads consecutive records. parent[] never
 * decreases, so the loops read memory in order.
 */
function layout(trie: Trie, hotStates: number): Int32Array {
  const { count: n, first, parent } = trie;
  let hot = 1;
  while (hot < n && first[hot] + 1 <= hotStates) hot = first[hot] + 1;
  const size = subtreeSizes(parent, n);
  const pos = new Int32Array(n);
  for (let s = 0; s < hot; s++) pos[s] = s;
  let next = hot;
  for (let s = hot; s <= first[hot] && s < n; s++) {
    pos[s] = next;
    next += size[s];
  }
  placeChildren(first, size, pos, hot);
  return pos;
}

/** Whether trie state s's only child does not come next in the layout: it takes a jump. */
function jumps(first: Int32Array, pos: Int32Array, s: number): boolean {
  return first[s + 1] - first[s] === 1 && pos[first[s] + 1] !== pos[s] + 1;
}

/** at[p] = offset of the block of the p-th state in layout order; at[n] = total length. */
function blockOffsets(trie: Trie, out: Int32Array, fail: Int32Array, pos: Int32Array): Int32Array {
  const { count: n, first } = trie;
  const at = new Int32Array(n + 1);
  at[1] = 1; // The root's block: its word only, never read.
  for (let s = 1; s < n; s++) {
    const kids = first[s + 1] - first[s];
    const list = kids > 1 ? listSize(kids) : 0;
    const jump = jumps(first, pos, s) ? 1 : 0;
    at[pos[s] + 1] = 1 + (out[s] !== 0 ? 1 : 0) + (fail[s] !== 0 ? 1 : 0) + jump + list;
  }
  for (let p = 0; p < n; p++) at[p + 1] += at[p];
  return at;
}

/** The block offset of each trie state, which is what the automaton calls a state. */
function offsetsByState(at: Int32Array, pos: Int32Array): Int32Array {
  const offset = new Int32Array(pos.length);
  for (let s = 0; s < pos.length; s++) offset[s] = at[pos[s]];
  return offset;
}

/** Writes trie state s's child list at k: the mask, then the (label, child) slots. */
function writeList(trie: Trie, s: number, offset: Int32Array, states: Int32Array, k: number): void {
  const { first, labels } = trie;
  const kids = first[s + 1] - first[s];
  if (kids <= LINEAR_KIDS) {
    states[k] = -kids;
    for (let c = first[s] + 1, i = k + 1; c <= first[s + 1]; c++, i += 2) {
      states[i] = labels[c - 1];
      states[i + 1] = offset[c];
    }
    return;
  }
  const mask = listSlots(kids) - 1;
  states[k] = mask;
  states.fill(-1, k + 1, k + 1 + 2 * (mask + 1));
  for (let c = first[s] + 1; c <= first[s + 1]; c++) {
    let i = labels[c - 1] & mask;
    while (states[k + 1 + 2 * i] >= 0) i = (i + 1) & mask;
    states[k + 1 + 2 * i] = labels[c - 1];
    states[k + 2 + 2 * i] = offset[c];
  }
}

function writeBlocks(
  trie: Trie,
  out: Int32Array,
  fail: Int32Array,
  offset: Int32Array,
  states: Int32Array,
): void {
  const { count: n, first, labels } = trie;
  for (let s = 1; s < n; s++) {
    const start = offset[s];
    let k = start + 1;
    let word = 0;
    if (out[s] !== 0) {
      states[k++] = out[s] < 0 ? out[s] : offset[out[s]];
      word |= HAS_OUT;
    }
    if (fail[s] !== 0) {
      states[k++] = offset[fail[s]];
      word |= HAS_FAIL;
    }
    const kids = first[s + 1] - first[s];
    if (kids > 1) {
      writeList(trie, s, offset, states, k);
      word |= LISTED << FLAG_BITS;
    } else if (kids === 1) {
      // A lone child needs only its label, and where it is unless its block follows the fields.
      word |= (labels[first[s]] + 1) << FLAG_BITS;
      if (offset[first[s] + 1] !== k) {
        states[k] = offset[first[s] + 1];
        word |= HAS_JUMP;
      }
    }
    states[start] = word;
  }
}

/** `hotStates` is only a tuning knob (tests use small values to exercise both layouts). */
export function buildAutomaton(trie: Trie, out: Int32Array, hotStates = HOT_STATES): Automaton {
  const n = trie.count;
  const fail = failLinks(trie, out);
  const pos = layout(trie, hotStates);
  const at = blockOffsets(trie, out, fail, pos);
  const offset = offsetsByState(at, pos);
  const states = new Int32Array(at[n]);
  writeBlocks(trie, out, fail, offset, states);
  return { rootNext: rootTable(trie, (s) => offset[s]), states };
}
