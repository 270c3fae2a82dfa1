import { type Automaton, FAIL, KIDS, LABEL, OUT, STRIDE } from './automaton';
import { mayStartAfter } from './char-table';
import type { Trie } from './trie';

/** Slots for a child list of `kids` entries: a power of two, at most half full. */
function listSlots(kids: number): number {
  let slots = 2;
  while (slots < 2 * kids) slots *= 2;
  return slots;
}

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

/**
 * Fail links in breadth-first numbering; `out` holds -(slot + 1) at key-ending nodes and gets the
 * dictionary links. A fail link only leads to a suffix that may start a mention (mayStartAfter),
 * so inside words the scan idles at the root instead of tracking keys that occur mid-word.
 */
function failLinks(trie: Trie, out: Int32Array): Int32Array {
  const { count: n, first, labels, parent } = trie;
  const fail = new Int32Array(n);
  // Breadth-first order means fail and out of shallower states are final when read.
  for (let s = first[1] + 1; s < n; s++) {
    const p = parent[s];
    const c = labels[s - 1];
    let target = 0;
    for (let f = fail[p]; ; f = fail[f]) {
      if (f === 0) {
        if (mayStartAfter(labels[p - 1])) target = trieChild(first, labels, 0, c);
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

/**
 * Layout order: whole top levels breadth-first while they fit in HOT_STATES, then each deeper
 * subtree depth-first, so a walk down one name reads consecutive records. parent[] never
 * decreases, so the loops below read memory in order.
 */
function layout(trie: Trie, hotStates: number): Int32Array {
  const { count: n, first, parent } = trie;
  let hot = 1;
  while (hot < n && first[hot] + 1 <= hotStates) hot = first[hot] + 1;
  const size = new Int32Array(n).fill(1);
  for (let s = n - 1; s > 0; s--) size[parent[s]] += size[s];
  const pos = new Int32Array(n);
  for (let s = 0; s < hot; s++) pos[s] = s;
  let next = hot;
  for (let s = hot; s <= first[hot] && s < n; s++) {
    pos[s] = next;
    next += size[s];
  }
  for (let p = hot; p < n; p++) {
    next = pos[p] + 1;
    for (let c = first[p] + 1; c <= first[p + 1]; c++) {
      pos[c] = next;
      next += size[c];
    }
  }
  return pos;
}

/** `hotStates` is only a tuning knob (tests use small values to exercise both layouts). */
export function buildAutomaton(trie: Trie, out: Int32Array, hotStates = HOT_STATES): Automaton {
  const { count: n, first, labels } = trie;
  const fail = failLinks(trie, out);
  const pos = layout(trie, hotStates);
  // Child lists go in layout order too, next to the records that use them.
  const listAt = new Int32Array(n + 1);
  for (let s = 1; s < n; s++) {
    const kids = first[s + 1] - first[s];
    if (kids > 1 || (kids === 1 && pos[first[s] + 1] !== pos[s] + 1)) {
      listAt[pos[s] + 1] = 1 + 2 * listSlots(kids);
    }
  }
  for (let i = 0; i < n; i++) listAt[i + 1] += listAt[i];
  const edges = new Int32Array(listAt[n]);
  const rec = new Int32Array((n + 1) * STRIDE);
  // Sized to the largest first unit, not 2^16, since a matcher may be compiled per alias.
  const rootNext = new Int32Array(n > 1 ? labels[first[1] - 1] + 1 : 0);
  for (let c = first[0] + 1; c <= first[1]; c++) rootNext[labels[c - 1]] = pos[c];
  for (let s = 1; s < n; s++) {
    const at = pos[s] * STRIDE;
    const kids = first[s + 1] - first[s];
    const e = listAt[pos[s]];
    if (listAt[pos[s] + 1] > e) {
      rec[at + KIDS] = -(e + 1);
      const mask = listSlots(kids) - 1;
      edges[e] = mask;
      edges.fill(-1, e + 1, e + 1 + 2 * (mask + 1));
      for (let c = first[s] + 1; c <= first[s + 1]; c++) {
        let i = labels[c - 1] & mask;
        while (edges[e + 1 + 2 * i] >= 0) i = (i + 1) & mask;
        edges[e + 1 + 2 * i] = labels[c - 1];
        edges[e + 2 + 2 * i] = pos[c];
      }
    } else rec[at + KIDS] = kids;
    rec[at + FAIL] = pos[fail[s]];
    rec[at + OUT] = out[s] <= 0 ? out[s] : pos[out[s]];
    rec[at + LABEL] = labels[s - 1];
  }
  return { rootNext, rec, edges };
}
