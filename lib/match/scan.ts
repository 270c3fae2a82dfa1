import { type Automaton, failOf, HAS_OUT, outOf, step } from './automaton';
import {
  foldEntry,
  MULTI,
  mayStartAfter,
  multiFold,
  SPACE,
  START_BIT,
  UNIT_MASK,
} from './char-table';
import { type FoldBuffer, growFoldBuffer } from './fold';

/** Raw key occurrences as pairs (slot, folded end); grows as needed and is reused across scans. */
export interface Hits {
  pairs: Int32Array;
  count: number;
}

/** Records every key ending at state s (the key-ending states on its fail chain) as slots. */
function report(states: Int32Array, s: number, end: number, hits: Hits): void {
  let r = s;
  while (r !== 0) {
    const o = outOf(states, r);
    if (o >= 0) {
      r = o;
      continue;
    }
    if (hits.count * 2 + 2 > hits.pairs.length) {
      const bigger = new Int32Array(hits.pairs.length * 2 + 64);
      bigger.set(hits.pairs);
      hits.pairs = bigger;
    }
    hits.pairs[hits.count * 2] = -o - 1;
    hits.pairs[hits.count * 2 + 1] = end;
    hits.count++;
    const f = failOf(states, r);
    r = outOf(states, f) < 0 ? f : outOf(states, f);
  }
}

/**
 * Folds `text` into `buf` exactly like foldInto and runs the automaton in the same pass, so each
 * char is read once; the hits are checked afterwards, when the text after them is folded too.
 */
export function scanText(text: string, a: Automaton, buf: FoldBuffer, hits: Hits): void {
  const n = text.length;
  if (buf.codes.length < n + 8) growFoldBuffer(buf, 0, n + 8);
  let codes = buf.codes;
  let map = buf.map;
  hits.count = 0;
  let j = 0;
  let s = 0;
  let canStart = true;
  const { states, rootNext } = a;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    const v = foldEntry(code);
    let u: number;
    let next: boolean;
    if (v > 0) {
      u = (v & UNIT_MASK) - 1;
      next = (v & START_BIT) !== 0;
    } else if (v === SPACE && (j === 0 || codes[j - 1] !== 32)) {
      u = 32;
      next = true;
    } else if (v === MULTI) {
      const units = multiFold(code);
      if (j + units.length + (n - i) > codes.length) {
        growFoldBuffer(buf, j, j + units.length + (n - i) + 8);
        codes = buf.codes;
        map = buf.map;
      }
      for (let k = 0; k < units.length - 1; k++) {
        const unit = units.charCodeAt(k);
        codes[j] = unit;
        map[j++] = i;
        s = step(states, rootNext, s, unit, canStart);
        canStart = mayStartAfter(unit);
        if (s !== 0 && (states[s] & HAS_OUT) !== 0) report(states, s, j, hits);
      }
      u = units.charCodeAt(units.length - 1);
      next = mayStartAfter(u);
    } else continue;
    codes[j] = u;
    map[j++] = i;
    // Inside a word at the root nothing can start: the common case costs no automaton access.
    if (s !== 0 || canStart) {
      s = step(states, rootNext, s, u, canStart);
      if (s !== 0 && (states[s] & HAS_OUT) !== 0) report(states, s, j, hits);
    }
    canStart = next;
  }
  map[j] = n;
  buf.length = j;
}
