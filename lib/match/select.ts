/** What selection needs to know about the slot of a candidate. */
export interface SlotRules {
  /** A name other things share too ("Ministry of Finance", "VN"). */
  generic(slot: number): boolean;
  /** A longer name of something else ("United Nations Office at Vienna"): it hides its inside. */
  exclude(slot: number): boolean;
  /**
   * Whether a mention of `inner`'s entity inside one of `outer`'s counts in its own right; `at`
   * and `to` are where the inner one is, `from` where the outer one starts.
   */
  keepsInner(outer: number, inner: number, at: number, to: number, from: number): boolean;
}

/** A chosen candidate: the index of its triple, and how deep it is nested in other mentions. */
export interface Chosen {
  index: number;
  depth: number;
}

// Titles hold titles hold names: three levels are more than any real name needs.
const MAX_DEPTH = 3;

/**
 * Leftmost-longest choice among candidates given as flat triples (start, end, slot): the earliest
 * start wins, then the longest, then the lowest slot (the first spec); partial overlaps are
 * dropped. A candidate inside a chosen one is chosen the same way among the others inside it,
 * when `rules.keepsInner` allows ("Vice President of Ecuador María José Pinto" names Ecuador too;
 * "Hanoi Convention" does not name the city). Returns the chosen in text order, an outer mention
 * before the ones inside it.
 *
 * An excluded name is chosen like any other, then dropped with whatever inside it does not
 * count in its own right.
 */
export function selectMentions(candidates: readonly number[], rules?: SlotRules): Chosen[] {
  const order: number[] = [];
  for (let i = 0; i < candidates.length; i += 3) order.push(i);
  if (order.length > 1) {
    order.sort(
      (a, b) =>
        candidates[a] - candidates[b] ||
        candidates[b + 1] - candidates[a + 1] ||
        candidates[a + 2] - candidates[b + 2],
    );
  }
  const chosen: Chosen[] = [];
  choose(candidates, order, 0, rules, chosen);
  return chosen;
}

/** Whether every chosen mention is generic: the text names nothing specific of its own. */
export function allGeneric(
  chosen: readonly Chosen[],
  candidates: readonly number[],
  rules: SlotRules,
): boolean {
  return chosen.every((c) => rules.generic(candidates[c.index + 2]));
}

/** Chooses among `order` (sorted candidates) at `depth`, appending to `out`. */
function choose(
  candidates: readonly number[],
  order: readonly number[],
  depth: number,
  rules: SlotRules | undefined,
  out: Chosen[],
): void {
  let i = 0;
  while (i < order.length) {
    const outer = order[i];
    const end = candidates[outer + 1];
    const slot = candidates[outer + 2];
    // Made only for a mention that holds others, which few do.
    let inside: number[] | undefined;
    for (i++; i < order.length && candidates[order[i]] < end; i++) {
      const inner = order[i];
      // A partial overlap loses to the leftmost; a candidate inside may count in its own right.
      if (candidates[inner + 1] > end || !rules || depth + 1 >= MAX_DEPTH) continue;
      if (candidates[inner + 1] - candidates[inner] === end - candidates[outer]) continue;
      const kept = rules.keepsInner(
        slot,
        candidates[inner + 2],
        candidates[inner],
        candidates[inner + 1],
        candidates[outer],
      );
      if (!kept) continue;
      inside ??= [];
      inside.push(inner);
    }
    // An excluded name is no mention; what it holds in its own right still is ("Liên hợp quốc"
    // in "Phó Tổng Thư ký Liên hợp quốc", the title of someone else than the catalogue's).
    const excluded = rules?.exclude(slot) === true;
    if (!excluded) out.push({ index: outer, depth });
    if (inside) choose(candidates, inside, excluded ? depth : depth + 1, rules, out);
  }
}
