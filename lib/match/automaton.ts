/**
 * Aho-Corasick automaton whose states sit in one Int32Array. States are laid out in the order build-automaton.ts
 * picks (below the top levels, each subtree depth-first) and a state is the offset of its block:
 *
 *   word, then out if HAS_OUT, then fail if HAS_FAIL, then the only child's block if HAS_JUMP,
 *   then the child list if the state has one.
 *
 * The word's low bits are the three flags; the rest, word >> FLAG_BITS, tells how to find the
 * children: 0 = none, l + 1 = one child on label l, whose block comes right after this one (or
 * is at the jump, with HAS_JUMP), LISTED = a child list. A state whose only child comes next in
 * the layout needs neither, so a walk down one name reads consecutive memory, and a step through a
 * list finds it beside the state's word: a step costs about one cache line, which is what keeps
 * large dictionaries fast. Fail links, outputs and jumps take room only where they are needed.
 */
export const HAS_OUT = 1;
export const HAS_FAIL = 2;
export const HAS_JUMP = 4;
export const FLAG_BITS = 3;
export const LISTED = -1;

/** How many of out, fail and jump follow the word. */
export const fieldsOf = (word: number): number =>
  (word & HAS_OUT) + ((word & HAS_FAIL) >> 1) + ((word & HAS_JUMP) >> 2);

export interface Automaton {
  /** Child of the root for each code unit up to the largest first unit of a key, or 0. */
  rootNext: Int32Array;
  /** The state blocks; offset 0 is the root, whose block is never read. */
  states: Int32Array;
}

/** -(slot + 1) if a key ends at s, else the nearest key-ending state on its fail chain, or 0. */
export function outOf(states: Int32Array, s: number): number {
  const word = states[s];
  return (word & HAS_OUT) === 0 ? 0 : states[s + 1];
}

/** The fail link of s; 0 is the root. */
export function failOf(states: Int32Array, s: number): number {
  const word = states[s];
  return (word & HAS_FAIL) === 0 ? 0 : states[s + 1 + (word & HAS_OUT)];
}

/**
 * A child list of up to LINEAR_KIDS children is -count, then the (label, child) pairs, read in
 * turn: they fit in a cache line or two. A longer one is a small open-addressing table: mask,
 * then (label, child) slots, -1 = empty, at most half full.
 */
export const LINEAR_KIDS = 4;

function listedChild(states: Int32Array, at: number, c: number): number {
  const mask = states[at];
  if (mask < 0) {
    for (let i = at + 1, end = at + 1 - 2 * mask; i < end; i += 2) {
      if (states[i] === c) return states[i + 1];
    }
    return 0;
  }
  // Letters of one script differ in their low bits, so the first probe nearly always decides.
  for (let i = c & mask; ; i = (i + 1) & mask) {
    const label = states[at + 1 + 2 * i];
    if (label === c) return states[at + 2 + 2 * i];
    if (label < 0) return 0;
  }
}

/**
 * The state after reading c in state s; from the root only if a mention may start here. Takes
 * the automaton's arrays, not the automaton, so a scan loop loads them once.
 */
export function step(
  states: Int32Array,
  rootNext: Int32Array,
  s: number,
  c: number,
  canStart: boolean,
): number {
  for (;;) {
    if (s === 0) return canStart && c < rootNext.length ? rootNext[c] : 0;
    const word = states[s];
    const kids = word >> FLAG_BITS;
    const body = s + 1 + fieldsOf(word);
    if (kids > 0) {
      if (kids === c + 1) return (word & HAS_JUMP) === 0 ? body : states[body - 1];
    } else if (kids < 0) {
      const t = listedChild(states, body, c);
      if (t !== 0) return t;
    }
    // Inside a word most fail links lead to the root: the flag spares reading the link.
    s = (word & HAS_FAIL) === 0 ? 0 : states[s + 1 + (word & HAS_OUT)];
  }
}
