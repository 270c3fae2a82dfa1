/**
 * Aho-Corasick automaton. States are numbered in layout order (see build-automaton.ts): below the top
 * levels the only child of a state is the next state, so walking down a name reads consecutive
 * memory, which is what keeps large dictionaries fast. Each state is 4 Int32 in `rec`:
 */
export const KIDS = 0; // 0 = none, 1 = only child is s + 1, -(i + 1) = child list at edges[i]
export const FAIL = 1;
export const OUT = 2; // -(slot + 1) if a key ends here, else the nearest key-ending state on the fail chain
export const LABEL = 3; // code unit on the edge into this state
export const STRIDE = 4;

export interface Automaton {
  /** Child of the root for each code unit up to the largest first unit of a key, or 0. */
  rootNext: Int32Array;
  rec: Int32Array;
  /** Child lists of the states whose children are not simply s + 1 (see listedChild). */
  edges: Int32Array;
}

/**
 * A child list is a small open-addressing table: mask, then (label, child) slots, -1 = empty,
 * at most half full.
 */
function listedChild(edges: Int32Array, at: number, c: number): number {
  const mask = edges[at];
  // Letters of one script differ in their low bits, so the first probe nearly always decides.
  for (let i = c & mask; ; i = (i + 1) & mask) {
    const label = edges[at + 1 + 2 * i];
    if (label === c) return edges[at + 2 + 2 * i];
    if (label < 0) return 0;
  }
}

/**
 * The state after reading c in state s; from the root only if a mention may start here. Takes
 * the automaton's arrays, not the automaton, so a scan loop loads them once.
 */
export function step(
  rec: Int32Array,
  rootNext: Int32Array,
  edges: Int32Array,
  s: number,
  c: number,
  canStart: boolean,
): number {
  for (;;) {
    if (s === 0) return canStart && c < rootNext.length ? rootNext[c] : 0;
    const kids = rec[s * STRIDE + KIDS];
    if (kids === 1) {
      if (rec[(s + 1) * STRIDE + LABEL] === c) return s + 1;
    } else if (kids < 0) {
      const t = listedChild(edges, -kids - 1, c);
      if (t !== 0) return t;
    }
    s = rec[s * STRIDE + FAIL];
  }
}

/** -(slot + 1) if a key ends at s, else the nearest key-ending state on its fail chain, or 0. */
export const outOf = (rec: Int32Array, s: number): number => rec[s * STRIDE + OUT];
export const failOf = (rec: Int32Array, s: number): number => rec[s * STRIDE + FAIL];
