/**
 * Leftmost-longest choice among candidates given as flat triples (start, end, slot): the earliest
 * start wins, then the longest, then the lowest slot (the first spec); overlaps are dropped.
 * Returns the indexes of the chosen triples in text order.
 *
 * `generic(slot)` tells the names other things share too ("Ministry of Finance", "VN"): a text
 * whose chosen mentions are all generic is most likely about something else, so it gets none.
 */
export function selectLeftmostLongest(
  candidates: readonly number[],
  generic?: (slot: number) => boolean,
): number[] {
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
  const chosen: number[] = [];
  let reached = 0;
  for (const i of order) {
    if (candidates[i] < reached) continue;
    chosen.push(i);
    reached = candidates[i + 1];
  }
  if (generic && chosen.every((i) => generic(candidates[i + 2]))) return [];
  return chosen;
}
